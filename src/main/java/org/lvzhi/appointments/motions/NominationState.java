package org.lvzhi.appointments.motions;

/** A nominee before the vote, and after it: passed (the directory changed) or failed (nothing changed). */
enum NominationState {
	PENDING, PASSED, FAILED
}
