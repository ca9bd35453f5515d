package org.lvzhi.directory;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data named by state. ID numbers use area code 990000, which no real or demo person has,
 * and a counter, so tests sharing one database never collide.
 */
final class DirectoryFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 500));

	private DirectoryFixture() {
	}

	/** A fresh, valid, unused ID card number of a person born on the given day. */
	static String idNumber(LocalDate born, boolean male) {
		int seq = SEQUENCE.incrementAndGet() % 500 * 2 + (male ? 1 : 0);
		String first17 = "99" + String.format("%04d", SEQUENCE.get() % 10000) + born.toString().replace("-", "")
				+ String.format("%03d", seq % 1000);
		return first17 + IdCardNumber.checkCharacter(first17);
	}

	static String idNumber() {
		return idNumber(LocalDate.of(1975, 3, 14), true);
	}

	static PersonDetails person(String name) {
		return new PersonDetails(name, Gender.MALE, "汉族", "某单位职员",
				new PersonalData(idNumber(), "13800000000", LocalDate.of(1975, 3, 14)));
	}

	static String unique(String prefix) {
		return prefix + SEQUENCE.incrementAndGet() + "号";
	}
}
