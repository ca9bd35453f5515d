package org.lvzhi.appointments;

/** What a nomination asks the standing committee to do with a person and a post. */
public enum AppointmentKind {
	/** 任命 */
	APPOINT,
	/** 免职 */
	REMOVE,
	/** 撤职 */
	DISMISS,
	/** 接受辞职 */
	RESIGNATION,
	/** 决定代理 */
	ACTING;

	/** Whether passing it starts a membership (and earns a letter and an oath); otherwise it ends one. */
	public boolean starts() {
		return this == APPOINT || this == ACTING;
	}
}
