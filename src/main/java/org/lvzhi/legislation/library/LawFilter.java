package org.lvzhi.legislation.library;

/**
 * The library list's filters; {@code null} or blank means no filter.
 *
 * @param title words of the title
 * @param yearFrom issued in or after this year
 * @param yearTo issued in or before this year
 */
record LawFilter(String title, String category, String region, LawStatus status, Integer yearFrom, Integer yearTo) {

	static LawFilter none() {
		return new LawFilter(null, null, null, null, null, null);
	}
}
