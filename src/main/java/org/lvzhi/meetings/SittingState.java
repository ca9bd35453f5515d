package org.lvzhi.meetings;

/** Where a sitting stands: planned → notified (notice sent to members) → held → closed. */
public enum SittingState {
	PLANNED, NOTIFIED, HELD, CLOSED
}
