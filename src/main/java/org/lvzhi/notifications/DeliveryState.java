package org.lvzhi.notifications;

/**
 * Where the e-mail of a notification stands.
 */
enum DeliveryState {
	/** No mail server is configured, or no recipient has an address: nothing to send. */
	SKIPPED,
	/** Waiting for the transaction to commit, or for a retry. */
	PENDING,
	SENT,
	/** The mail server refused or could not be reached; the error is kept until a retry. */
	FAILED
}
