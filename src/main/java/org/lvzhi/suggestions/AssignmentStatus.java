package org.lvzhi.suggestions;

/** Whether an assignment stands. */
public enum AssignmentStatus {
	ACTIVE, RETURN_REQUESTED, RETURNED;

	public boolean stands() {
		return this != RETURNED;
	}
}
