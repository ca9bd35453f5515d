package org.lvzhi.directory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The 18-character resident ID card number of GB 11643: a six-digit area code, the birth date,
 * a three-digit sequence (odd for men) and an ISO 7064 MOD 11-2 check character.
 */
public final class IdCardNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final String CHECK = "10X98765432";
	private static final DateTimeFormatter BASIC = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private IdCardNumber() {
	}

	/** The check character for the first 17 digits. */
	public static char checkCharacter(String first17) {
		if (first17 == null || !first17.matches("\\d{17}")) {
			throw new IllegalArgumentException("17 digits expected");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	/** Upper-cases a trailing x and strips blanks, as people type it. */
	public static String normalize(String number) {
		return number == null ? null : number.trim().replace(" ", "").toUpperCase();
	}

	/** Whether the number has the right form, a real birth date and the right check character. */
	public static boolean isValid(String number) {
		String n = normalize(number);
		if (n == null || !n.matches("\\d{17}[\\dX]")) {
			return false;
		}
		return birthDate(n).isPresent() && checkCharacter(n.substring(0, 17)) == n.charAt(17);
	}

	/** The birth date encoded in a number, if it is a real date. */
	public static Optional<LocalDate> birthDate(String number) {
		String n = normalize(number);
		if (n == null || n.length() != 18) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(n.substring(6, 14), BASIC));
		}
		catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}

	/** The gender encoded in a valid number: the 17th digit is odd for men. */
	public static Gender gender(String number) {
		return (normalize(number).charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
	}

	/** Masks all but the area code and the last four characters, for logs and audit entries. */
	public static String masked(String number) {
		if (number == null || number.length() < 10) {
			return number;
		}
		return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
	}
}
