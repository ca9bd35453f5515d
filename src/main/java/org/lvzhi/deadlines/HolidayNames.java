package org.lvzhi.deadlines;

import java.util.Map;

/** English names of the statutory holidays, for schedules that only name them in Chinese (.ics files). */
final class HolidayNames {

	private static final Map<String, String> ENGLISH = Map.of(
			"元旦", "New Year's Day",
			"春节", "Spring Festival",
			"清明", "Tomb-sweeping Day",
			"清明节", "Tomb-sweeping Day",
			"劳动节", "Labour Day",
			"端午", "Dragon Boat Festival",
			"端午节", "Dragon Boat Festival",
			"中秋", "Mid-autumn Festival",
			"中秋节", "Mid-autumn Festival",
			"国庆节", "National Day");

	private HolidayNames() {
	}

	/** The English name, or {@code null} when the holiday is not one of the regular ones. */
	static String english(String chinese) {
		return ENGLISH.get(chinese);
	}
}
