package org.lvzhi.notifications;

/** How an account wants to hear of its notifications. */
enum Frequency {
	/** Each notification by e-mail as it comes (where a mail server and an address exist). */
	IMMEDIATE,
	/** No e-mail per notification: one digest a day of what waits, in the inbox and by e-mail. */
	DAILY
}
