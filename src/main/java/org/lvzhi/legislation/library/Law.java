package org.lvzhi.legislation.library;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.legislation.LawId;
import org.lvzhi.legislation.text.LawText;
import org.lvzhi.legislation.text.Unit;

/** A text of the library with its structure. */
public record Law(LawId id, String title, String category, String region, LocalDate issuedOn, LawStatus status,
		String source, int version, LawText text) {

	List<Unit> units() {
		return text.units();
	}
}
