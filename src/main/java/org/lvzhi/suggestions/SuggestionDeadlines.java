package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.deadlines.DeadlinePeriod;
import org.lvzhi.deadlines.DeadlineStatus;
import org.lvzhi.deadlines.Deadlines;
import org.springframework.stereotype.Component;

/**
 * The suggestion workflow's periods, counted on the working-day calendar with the settings'
 * lengths, and the red/amber/green signal of a due date.
 */
@Component
public class SuggestionDeadlines {

	/** How close a deadline is. */
	public enum Signal {
		GREEN, AMBER, RED
	}

	private final Deadlines deadlines;
	private final SuggestionSettings settings;

	SuggestionDeadlines(Deadlines deadlines, SuggestionSettings settings) {
		this.deadlines = deadlines;
		this.settings = settings;
	}

	public LocalDate answerDue(LocalDate assignedOn, boolean complex) {
		int months = complex ? settings.complexAnswerMonths() : settings.answerMonths();
		return deadlines.dueDate(assignedOn, DeadlinePeriod.months(months)).date();
	}

	public LocalDate coViewDue(LocalDate assignedOn) {
		return deadlines.dueDate(assignedOn, DeadlinePeriod.months(settings.coViewMonths())).date();
	}

	public LocalDate feedbackDue(LocalDate answeredOn) {
		return deadlines.dueDate(answeredOn, DeadlinePeriod.workingDays(settings.feedbackWorkingDays())).date();
	}

	public LocalDate reanswerDue(LocalDate reopenedOn) {
		return deadlines.dueDate(reopenedOn, DeadlinePeriod.months(settings.reanswerMonths())).date();
	}

	/** Whether a unit assigned on {@code assignedOn} may still ask for a return on {@code on}. */
	public boolean returnWindowOpen(LocalDate assignedOn, LocalDate on) {
		return returnWindow().openOn(assignedOn, on);
	}

	ReturnWindow returnWindow() {
		return new ReturnWindow(deadlines, settings.returnWorkingDays());
	}

	public DeadlineStatus status(LocalDate due) {
		return deadlines.status(due);
	}

	/** Red when overdue, amber when due within the amber period, green otherwise. */
	public Signal signal(LocalDate due, LocalDate on) {
		DeadlineStatus status = deadlines.status(due, on);
		if (status.overdue()) {
			return Signal.RED;
		}
		return status.state() == DeadlineStatus.State.DUE_TODAY || status.workingDays() <= settings.amberWorkingDays()
				? Signal.AMBER : Signal.GREEN;
	}

	public LocalDate today() {
		return deadlines.today();
	}
}
