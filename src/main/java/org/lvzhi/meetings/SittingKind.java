package org.lvzhi.meetings;

/** What kind of meeting a sitting is. */
public enum SittingKind {
	/** 常务委员会会议. */
	STANDING_COMMITTEE,
	/** 主任会议. */
	CHAIRPERSONS
}
