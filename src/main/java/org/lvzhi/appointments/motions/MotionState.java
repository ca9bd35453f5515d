package org.lvzhi.appointments.motions;

/**
 * Where a motion stands: submitted by its proposer, accepted by the office as complete, scheduled
 * for a sitting, reviewed by the committee, decided once every nominee is voted on, published.
 */
enum MotionState {
	SUBMITTED, ACCEPTED, SCHEDULED, REVIEWED, DECIDED, PUBLISHED;

	/** Whether its nominations may be voted on at the sitting. */
	boolean votable() {
		return this == SCHEDULED || this == REVIEWED;
	}
}
