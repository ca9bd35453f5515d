package org.lvzhi.legislation.text;

/** Chinese numerals as laws write them (一百零一, 两千, 一〇一) and their values. */
public final class ChineseNumbers {

	private static final String DIGITS = "零一二三四五六七八九";
	private static final String[] UNITS = { "", "十", "百", "千" };

	private ChineseNumbers() {
	}

	/** The value of a numeral, or -1 when it is not one. Arabic digits are read too. */
	public static int parse(String numeral) {
		if (numeral == null || numeral.isEmpty()) {
			return -1;
		}
		if (numeral.chars().allMatch(Character::isDigit)) {
			return numeral.length() > 6 ? -1 : Integer.parseInt(numeral);
		}
		int total = 0;
		int digit = -1;
		boolean positional = numeral.chars().noneMatch(c -> c == '十' || c == '百' || c == '千');
		for (int i = 0; i < numeral.length(); i++) {
			char c = numeral.charAt(i);
			int d = digit(c);
			if (positional) {
				if (d < 0) {
					return -1;
				}
				total = total * 10 + d;
				continue;
			}
			if (d >= 0) {
				digit = d;
				continue;
			}
			int unit = switch (c) {
				case '十' -> 10;
				case '百' -> 100;
				case '千' -> 1000;
				default -> -1;
			};
			if (unit < 0) {
				return -1;
			}
			total += (digit < 0 ? 1 : digit) * unit;
			digit = -1;
		}
		return positional ? total : total + Math.max(digit, 0);
	}

	private static int digit(char c) {
		if (c == '〇' || c == '○') {
			return 0;
		}
		if (c == '两') {
			return 2;
		}
		return DIGITS.indexOf(c);
	}

	/** The numeral for a value from 1 to 9999, as in 第一百零一条. */
	public static String format(int value) {
		if (value <= 0 || value > 9999) {
			return Integer.toString(value);
		}
		String digits = Integer.toString(value);
		StringBuilder out = new StringBuilder();
		boolean zero = false;
		for (int i = 0; i < digits.length(); i++) {
			int d = digits.charAt(i) - '0';
			int place = digits.length() - 1 - i;
			if (d == 0) {
				zero = !out.isEmpty();
				continue;
			}
			if (zero) {
				out.append('零');
				zero = false;
			}
			// 十一 rather than 一十一 when ten leads.
			if (!(d == 1 && place == 1 && out.isEmpty())) {
				out.append(DIGITS.charAt(d));
			}
			out.append(UNITS[place]);
		}
		return out.toString();
	}
}
