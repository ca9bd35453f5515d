package org.lvzhi.directory.roster;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.IdCardNumber;
import org.lvzhi.directory.RosterError;
import org.lvzhi.directory.RosterRow;

/**
 * Turns text cells into roster rows, collecting every problem of every row rather than stopping
 * at the first, so that one upload shows the whole error report.
 */
public final class RosterParser {

	private static final List<DateTimeFormatter> DATES = List.of(
			DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuu.M.d").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuu年M月d日").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));

	private static final String DIGITS = "零一二三四五六七八九";

	private RosterParser() {
	}

	/** A parsed row with the number it had in the sheet. */
	public record Numbered(int number, RosterRow row) {
	}

	public static List<Numbered> parse(List<RosterReader.RawRow> rows, List<RosterError> errors) {
		Map<String, Integer> seen = new HashMap<>();
		return rows.stream().map(raw -> parse(raw, errors, seen)).flatMap(Optional::stream).toList();
	}

	private static Optional<Numbered> parse(RosterReader.RawRow raw, List<RosterError> errors,
			Map<String, Integer> seen) {
		int n = raw.number();
		int before = errors.size();
		String name = required(raw, RosterColumns.NAME, errors);
		String idNumber = IdCardNumber.normalize(required(raw, RosterColumns.ID_NUMBER, errors));
		if (idNumber != null) {
			if (!IdCardNumber.isValid(idNumber)) {
				errors.add(new RosterError(n, RosterColumns.ID_NUMBER, "directory.import.error.idNumberInvalid", idNumber));
			}
			else if (seen.containsKey(idNumber)) {
				errors.add(new RosterError(n, RosterColumns.ID_NUMBER, "directory.import.error.idNumberDuplicate",
						idNumber, seen.get(idNumber)));
			}
			else {
				seen.put(idNumber, n);
			}
		}
		Gender gender = null;
		String genderText = raw.get(RosterColumns.GENDER);
		if (genderText != null) {
			gender = Gender.parse(genderText).orElse(null);
			if (gender == null) {
				errors.add(new RosterError(n, RosterColumns.GENDER, "directory.import.error.gender", genderText));
			}
		}
		LocalDate birthDate = null;
		String dateText = raw.get(RosterColumns.BIRTH_DATE);
		if (dateText != null) {
			birthDate = date(dateText).orElse(null);
			if (birthDate == null) {
				errors.add(new RosterError(n, RosterColumns.BIRTH_DATE, "directory.import.error.date", dateText));
			}
		}
		DeputyLevel level = null;
		String levelText = required(raw, RosterColumns.LEVEL, errors);
		if (levelText != null) {
			level = DeputyLevel.parse(levelText).orElse(null);
			if (level == null) {
				errors.add(new RosterError(n, RosterColumns.LEVEL, "directory.import.error.level", levelText));
			}
		}
		Integer term = null;
		String termText = required(raw, RosterColumns.TERM, errors);
		if (termText != null) {
			term = term(termText);
			if (term == null) {
				errors.add(new RosterError(n, RosterColumns.TERM, "directory.import.error.term", termText));
			}
		}
		String mobile = raw.get(RosterColumns.MOBILE);
		if (mobile != null && !mobile.matches("1\\d{10}")) {
			errors.add(new RosterError(n, RosterColumns.MOBILE, "directory.import.error.mobile", mobile));
		}
		if (errors.size() > before) {
			return Optional.empty();
		}
		if (gender == null) {
			gender = IdCardNumber.gender(idNumber);
		}
		if (birthDate == null) {
			birthDate = IdCardNumber.birthDate(idNumber).orElse(null);
		}
		return Optional.of(new Numbered(n, new RosterRow(name, gender, raw.get(RosterColumns.ETHNICITY), birthDate,
				idNumber, level, term, raw.get(RosterColumns.CONGRESS), raw.get(RosterColumns.DELEGATION),
				raw.get(RosterColumns.GROUP), raw.get(RosterColumns.CONSTITUENCY), raw.get(RosterColumns.OCCUPATION),
				mobile)));
	}

	private static String required(RosterReader.RawRow raw, String column, List<RosterError> errors) {
		String value = raw.get(column);
		if (value == null) {
			errors.add(new RosterError(raw.number(), column, "directory.import.error.required", column));
		}
		return value;
	}

	static Optional<LocalDate> date(String text) {
		for (DateTimeFormatter format : DATES) {
			try {
				return Optional.of(LocalDate.parse(text.trim(), format));
			}
			catch (DateTimeParseException e) {
				// try the next form
			}
		}
		return Optional.empty();
	}

	/** 15, 第15届, 第十五届, 十五 → 15; anything else → null. */
	static Integer term(String text) {
		String t = text.trim();
		if (t.startsWith("第")) {
			t = t.substring(1);
		}
		if (t.endsWith("届")) {
			t = t.substring(0, t.length() - 1);
		}
		if (t.matches("\\d{1,3}")) {
			int value = Integer.parseInt(t);
			return value > 0 ? value : null;
		}
		if (!t.matches("[一二三四五六七八九十]{1,3}")) {
			return null;
		}
		int ten = t.indexOf('十');
		if (ten < 0) {
			return t.length() == 1 ? DIGITS.indexOf(t.charAt(0)) : null;
		}
		int tens = ten == 0 ? 1 : DIGITS.indexOf(t.charAt(0));
		int ones = ten == t.length() - 1 ? 0 : DIGITS.indexOf(t.charAt(ten + 1));
		if (tens <= 0 || ones < 0 || ten > 1 || t.length() - ten > 2) {
			return null;
		}
		return tens * 10 + ones;
	}
}
