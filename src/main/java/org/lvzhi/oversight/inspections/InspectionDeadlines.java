package org.lvzhi.oversight.inspections;

import java.time.LocalDate;

import org.lvzhi.deadlines.DeadlinePeriod;
import org.lvzhi.deadlines.Deadlines;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The inspection's statutory periods on the working-day calendar: a problem is assigned to its
 * responsible unit within 10 days of being found, and the unit reports its rectification within 3
 * months of the assignment; a rejected or unfixed rectification gets another month. Every number is
 * a setting.
 */
@Component
public class InspectionDeadlines {

	private final Deadlines deadlines;
	private final int assignDays;
	private final int rectifyMonths;
	private final int redoMonths;

	InspectionDeadlines(Deadlines deadlines, @Value("${lvzhi.inspections.assign-days:10}") int assignDays,
			@Value("${lvzhi.inspections.rectify-months:3}") int rectifyMonths,
			@Value("${lvzhi.inspections.redo-months:1}") int redoMonths) {
		this.deadlines = deadlines;
		this.assignDays = assignDays;
		this.rectifyMonths = rectifyMonths;
		this.redoMonths = redoMonths;
	}

	public LocalDate assignDue(LocalDate found) {
		return deadlines.dueDate(found, DeadlinePeriod.calendarDays(assignDays)).date();
	}

	public LocalDate rectifyDue(LocalDate assigned) {
		return deadlines.dueDate(assigned, DeadlinePeriod.months(rectifyMonths)).date();
	}

	public LocalDate redoDue(LocalDate on) {
		return deadlines.dueDate(on, DeadlinePeriod.months(redoMonths)).date();
	}

	public LocalDate today() {
		return deadlines.today();
	}

	public Deadlines service() {
		return deadlines;
	}
}
