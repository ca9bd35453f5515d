package org.lvzhi.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.lvzhi.directory.Gender;
import org.lvzhi.directory.IdCardNumber;

/**
 * Draws fictional persons: gender, name, ethnicity, birth date and an ID number with the area
 * code of the person's district and a correct check character. ID numbers never repeat.
 */
final class People {

	/** A drawn person. */
	record Drawn(String name, Gender gender, String ethnicity, LocalDate birthDate, String idNumber) {
	}

	private static final List<String> MINORITIES = List.of("回族", "满族", "蒙古族", "土家族");
	private static final Set<String> RESERVED = Set.of(TaiyuanBodies.CHAIR_NAME);

	private final Random random;
	private final Set<String> idNumbers = new HashSet<>();

	People(Random random) {
		this.random = random;
	}

	Drawn draw(String areaCode, int womenPercent, int bornFrom, int bornTo) {
		Gender gender = random.nextInt(100) < womenPercent ? Gender.FEMALE : Gender.MALE;
		return draw(areaCode, gender, Names.next(random, gender == Gender.MALE, RESERVED), bornFrom, bornTo);
	}

	Drawn draw(String areaCode, Gender gender, String name, int bornFrom, int bornTo) {
		String ethnicity = random.nextInt(100) < 95 ? "汉族" : MINORITIES.get(random.nextInt(MINORITIES.size()));
		LocalDate born = LocalDate.of(bornFrom + random.nextInt(bornTo - bornFrom + 1), 1, 1)
			.plusDays(random.nextInt(365));
		String id;
		do {
			int sequence = random.nextInt(500) * 2 + (gender == Gender.MALE ? 1 : 0);
			String first17 = areaCode + born.toString().replace("-", "") + String.format("%03d", sequence);
			id = first17 + IdCardNumber.checkCharacter(first17);
		}
		while (!idNumbers.add(id));
		return new Drawn(name, gender, ethnicity, born, id);
	}

	int nextInt(int bound) {
		return random.nextInt(bound);
	}

	<T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}
}
