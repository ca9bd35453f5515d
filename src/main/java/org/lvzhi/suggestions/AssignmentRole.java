package org.lvzhi.suggestions;

/** What a handling unit is asked to do. */
public enum AssignmentRole {
	/** 主办: answers the deputy. */
	LEAD,
	/** 会办/协办: sends its view to the lead unit. */
	CO,
	/** 分办: answers its own part. */
	SPLIT;

	/** Whether the unit owes the deputy an answer. */
	public boolean answers() {
		return this != CO;
	}
}
