package org.lvzhi.legislation;

/** How opinions on legislation were gathered in person. */
public enum ActivityKind {
	/** 立法座谈会 */
	SYMPOSIUM,
	/** 论证会 */
	EXPERT_HEARING,
	/** 听证会 */
	HEARING,
	/** 立法调研 */
	RESEARCH;

	/** Counted as 座谈会、论证会 in the annual report (听证会 included). */
	public boolean isMeeting() {
		return this != RESEARCH;
	}
}
