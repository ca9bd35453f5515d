package org.lvzhi.platform.documents;

import java.time.LocalDate;

/** Dates as official documents write them (成文日期): 二〇二三年二月二十三日. */
public final class OfficialDates {

	private static final String DIGITS = "〇一二三四五六七八九";

	private OfficialDates() {
	}

	/** The day in Chinese numerals: the year digit by digit, month and day as numbers (二十三). */
	public static String chinese(LocalDate day) {
		StringBuilder year = new StringBuilder();
		for (char c : String.valueOf(day.getYear()).toCharArray()) {
			year.append(DIGITS.charAt(c - '0'));
		}
		return year + "年" + number(day.getMonthValue()) + "月" + number(day.getDayOfMonth()) + "日";
	}

	private static String number(int n) {
		if (n < 10) {
			return String.valueOf(DIGITS.charAt(n));
		}
		return (n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10))) + "十"
				+ (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
	}
}
