package org.lvzhi.deadlines;

/** The unit a statutory period is counted in. */
public enum PeriodUnit {

	/** 日: every calendar day counts; the period still cannot end on a day off. */
	CALENDAR_DAYS(3660),

	/** 工作日: only working days count (weekdays that are not days off, plus make-up working days). */
	WORKING_DAYS(2500),

	/** 月: ends on the corresponding day of the last month, or on its last day when there is none. */
	MONTHS(120);

	private final int max;

	PeriodUnit(int max) {
		this.max = max;
	}

	/** The longest period accepted in this unit (about ten years), so that a typo cannot run away. */
	public int max() {
		return max;
	}
}
