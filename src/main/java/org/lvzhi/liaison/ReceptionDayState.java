package org.lvzhi.liaison;

/** A reception day is scheduled (and announced), then its attendance is recorded. */
public enum ReceptionDayState {
	SCHEDULED, RECORDED
}
