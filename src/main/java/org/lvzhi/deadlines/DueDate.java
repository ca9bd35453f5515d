package org.lvzhi.deadlines;

import java.time.LocalDate;

/**
 * When a period that started on {@code start} ends: the last day on which the act is still in time.
 *
 * @param start the day the period was triggered (assignment, receipt…), itself not counted
 * @param period the period
 * @param date the last day of the period, always a working day
 * @param estimated {@code true} when the count reached a year whose official schedule is not loaded,
 *     so that only weekends were taken as days off there; the date may move once the schedule is
 *     uploaded
 */
public record DueDate(LocalDate start, DeadlinePeriod period, LocalDate date, boolean estimated) {
}
