package org.lvzhi.oversight.inspections;

import java.util.List;

import org.lvzhi.notifications.NotificationRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells the responsible unit and the office about problem moves that wait for them. */
@Component
class ProblemNotices {

	/** The office that runs inspections for the standing committee. */
	static final String OFFICE = "office:GENERAL_OFFICE";

	private final ApplicationEventPublisher events;

	ProblemNotices(ApplicationEventPublisher events) {
		this.events = events;
	}

	void toUnit(Problem p, String what) {
		if (p.unitId != null) {
			send("org:" + p.unitId, p, what);
		}
	}

	void toOffice(Problem p, String what) {
		send(OFFICE, p, what);
	}

	private void send(String recipient, Problem p, String what) {
		events.publishEvent(new NotificationRequested(List.of(recipient), "inspections.notice." + what,
				List.of(ProblemStore.abbreviate(p.description), String.valueOf(p.rectifyDue)),
				"/oversight/inspections/problems/" + p.id, "inspection." + what, subject(p)));
	}

	static String subject(Problem p) {
		return "problem:" + p.id;
	}
}
