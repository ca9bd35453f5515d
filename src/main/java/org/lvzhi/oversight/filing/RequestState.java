package org.lvzhi.oversight.filing;

/** A citizen's review request: received, under review (tied to a filed document), answered. */
public enum RequestState {
	RECEIVED, UNDER_REVIEW, ANSWERED
}
