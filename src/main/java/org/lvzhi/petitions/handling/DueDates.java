package org.lvzhi.petitions.handling;

import java.time.LocalDate;

import org.lvzhi.deadlines.DeadlinePeriod;

/** The last day of a period on the working-day calendar; the deadlines module answers it. */
@FunctionalInterface
public interface DueDates {

	LocalDate after(LocalDate start, DeadlinePeriod period);
}
