package org.lvzhi.legislation.library;

import java.time.LocalDate;

/** A line of the library list. */
public record LawListItem(long id, String title, String category, String region, LocalDate issuedOn, LawStatus status,
		int articleCount) {
}
