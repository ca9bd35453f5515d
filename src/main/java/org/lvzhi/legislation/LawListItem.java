package org.lvzhi.legislation;

import java.time.LocalDate;

/** A line of the library list. */
record LawListItem(long id, String title, String category, String region, LocalDate issuedOn, LawStatus status,
		int articleCount) {
}
