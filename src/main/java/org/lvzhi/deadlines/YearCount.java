package org.lvzhi.deadlines;

/**
 * What a year's schedule holds.
 *
 * @param daysOff days off listed (including weekend days inside holidays)
 * @param makeUpWorkingDays make-up working days listed (调休上班)
 * @param workingDays working days of the whole year under this schedule
 */
record YearCount(int year, int daysOff, int makeUpWorkingDays, int workingDays) {
}
