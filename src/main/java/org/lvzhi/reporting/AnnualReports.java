package org.lvzhi.reporting;

import java.time.LocalDate;

/**
 * The annual work report as other modules drive it (the demo world writes 2023's): start it from the
 * template, date it, freeze its figures and publish it. People do the same on the office's pages,
 * where each move also checks the version the editor saw.
 */
public interface AnnualReports {

	/** Starts the report for a year from the template; refused when it exists. */
	void start(int year, String author);

	/** Sets the date the report carries (成文日期) on a draft. */
	void date(int year, LocalDate date, String author);

	/** Stores the figures as counted now; refused while a field names no registered figure. */
	void freeze(int year, String by);

	/** Publishes a frozen report on the public portal. */
	void publish(int year);
}
