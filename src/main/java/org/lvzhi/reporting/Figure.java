package org.lvzhi.reporting;

import java.util.List;
import java.util.OptionalInt;

import org.lvzhi.platform.Page;
import org.springframework.security.core.Authentication;

/**
 * One figure of the annual report, contributed as a bean by the module that owns the records.
 * The value is always counted from records, and {@link #records(int)} lists exactly the records
 * counted (for percentages: the records the share is computed over).
 *
 * <p>Labels come from the message bundles under {@code figure.<key>} and {@code figure.<key>.unit}.
 */
public interface Figure {

	/** Stable key, as in the report's figure list (e.g. {@code suggestions_closed}). */
	String key();

	/** Position on the statistics page, smaller first. */
	int order();

	/** The figure for a calendar year. */
	long value(int year);

	/**
	 * Whether the figure is a percentage: then {@link #records(int)} lists the records the share is
	 * computed over, not a number of records equal to the value.
	 */
	default boolean share() {
		return false;
	}

	/** The records behind {@link #value(int)}, without personal data. */
	List<FigureRecord> records(int year);

	/**
	 * One page of {@link #records(int)}. Figures with many records override it to read only the
	 * page from the database.
	 */
	default Page<FigureRecord> records(int year, int number, int size) {
		List<FigureRecord> all = records(year);
		int from = Math.min(all.size(), Page.offset(number, size));
		return new Page<>(all.subList(from, Math.min(all.size(), from + size)), number, size, all.size());
	}

	/**
	 * The latest year in which the figure counted something that happened, so that the statistics
	 * open on a year with records. Empty for figures that describe what stands in a year (deputies,
	 * members, contact points) rather than what was done in it, and by default.
	 */
	default OptionalInt latestYear() {
		return OptionalInt.empty();
	}

	/**
	 * Whether a signed-in reader may open the page of one of this figure's records that is not
	 * public. Modules whose records link to their own pages answer with the rules of those pages;
	 * by default nobody is let in, and only public pages are linked.
	 */
	default boolean mayOpen(FigureRecord record, Authentication reader) {
		return false;
	}
}
