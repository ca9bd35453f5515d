package org.lvzhi.meetings;

/** What a request or report to the party committee is about (重要会议、重要立法、重要工作、重大事项). */
public enum PartyReportKind {
	MEETING, LEGISLATION, WORK, MAJOR_MATTER
}
