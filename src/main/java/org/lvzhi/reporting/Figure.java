package org.lvzhi.reporting;

import java.util.List;

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
}
