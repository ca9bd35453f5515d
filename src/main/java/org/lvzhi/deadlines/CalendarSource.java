package org.lvzhi.deadlines;

/** Where a year's schedule came from. */
enum CalendarSource {

	/** Shipped with the application (chinese-days 1.5.7). */
	BUNDLED,

	/** Uploaded by an administrator as an .ics file. */
	UPLOADED
}
