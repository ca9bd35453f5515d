package org.lvzhi.oversight.inspections;

import java.time.LocalDate;

import org.lvzhi.deadlines.DeadlinePeriod;
import org.lvzhi.deadlines.Deadlines;
import org.springframework.stereotype.Component;

/**
 * The inspection's statutory periods on the working-day calendar: a problem is assigned to its
 * responsible unit within 10 days of being found, and the unit reports its rectification within 3
 * months of the assignment; a rejected or unfixed rectification gets another month. Every number is
 * an {@link InspectionSettings} field.
 */
@Component
public class InspectionDeadlines {

	private final Deadlines deadlines;
	private final InspectionSettings settings;

	InspectionDeadlines(Deadlines deadlines, InspectionSettings settings) {
		this.deadlines = deadlines;
		this.settings = settings;
	}

	public LocalDate assignDue(LocalDate found) {
		return deadlines.dueDate(found, DeadlinePeriod.calendarDays(settings.assignDays())).date();
	}

	public LocalDate rectifyDue(LocalDate assigned) {
		return deadlines.dueDate(assigned, DeadlinePeriod.months(settings.rectifyMonths())).date();
	}

	public LocalDate redoDue(LocalDate on) {
		return deadlines.dueDate(on, DeadlinePeriod.months(settings.redoMonths())).date();
	}

	public LocalDate today() {
		return deadlines.today();
	}

	public Deadlines service() {
		return deadlines;
	}
}
