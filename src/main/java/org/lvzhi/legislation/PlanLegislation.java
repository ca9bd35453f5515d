package org.lvzhi.legislation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff prepare the annual legislative plan item by item; the 主任会议 adopts it, after which it
 * is published and no longer changed. An item outside the matters a city may regulate is taken
 * with a warning rather than refused: the office may have a law's express authorisation.
 */
@Component
public class PlanLegislation {

	private final PlanStore store;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PlanLegislation(PlanStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/** @return whether the item is within a city's legislative scope; {@code false} calls for a warning */
	@Transactional
	public boolean addItem(int year, String title, ProjectKind kind, PlanSubject subject, String sponsor,
			String draftingBody, String committee, String schedule) {
		String name = title == null ? "" : title.strip();
		if (name.isEmpty() || name.length() > 400) {
			throw new LegislationException("legislation.project.titleMissing");
		}
		if (kind == null || subject == null) {
			throw new LegislationException("process.plan.kindMissing");
		}
		if (store.adoption(year).isPresent()) {
			throw new LegislationException("process.plan.adopted");
		}
		long id = store.insertItem(year, name, kind, subject, SubmitComment.Comments.optional(sponsor, 200),
				SubmitComment.Comments.optional(draftingBody, 200), SubmitComment.Comments.optional(committee, 200),
				SubmitComment.Comments.optional(schedule, 200), clock.instant());
		events.publishEvent(AuditEvent.created("legislation.plan.itemAdded", "LegislativePlanItem", id, name,
				Map.of("year", year, "kind", kind.name(), "subject", subject.name())));
		return subject.isWithinCityScope();
	}

	@Transactional
	public void adopt(int year, LocalDate on, String meeting) {
		if (on == null || meeting == null || meeting.isBlank()) {
			throw new LegislationException("process.plan.meetingMissing");
		}
		if (store.adoption(year).isPresent()) {
			throw new LegislationException("process.plan.adopted");
		}
		if (store.items(year).isEmpty()) {
			throw new LegislationException("process.plan.empty");
		}
		store.adopt(year, on, meeting.strip());
		events.publishEvent(AuditEvent.created("legislation.plan.adopted", "LegislativePlan", year, meeting.strip(),
				Map.of("year", year, "adoptedOn", on.toString())));
	}
}
