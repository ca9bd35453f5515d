package org.lvzhi.deadlines;

/** How a listed day departs from the Monday-to-Friday week. */
enum DayKind {

	/** 休: a day off, including the weekend days inside a holiday. */
	DAY_OFF,

	/** 班: a make-up working day (调休上班), a weekend day on which offices work. */
	WORKING_DAY
}
