package org.lvzhi.legislation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.internal.Texts;
import org.lvzhi.legislation.process.ProcessStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Staff record a symposium, hearing or research trip: date, place, participants; its comments are recorded against the draft. */
@Component
public class RecordActivity {

	private final ProcessStore store;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RecordActivity(ProcessStore store, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public ActivityId record(ProjectId project, ActivityKind kind, LocalDate heldOn, String place, String participants,
			String summary) {
		if (kind == null || heldOn == null) {
			throw new LegislationException("process.activity.kindMissing");
		}
		String where = place == null ? "" : place.strip();
		String who = participants == null ? "" : participants.strip();
		if (where.isEmpty() || who.isEmpty() || where.length() > 200 || who.length() > 2000) {
			throw new LegislationException("process.activity.placeMissing");
		}
		ActivityId id = store.insertActivity(project, kind, heldOn, where, who, Texts.optional(summary, 4000),
				clock.instant());
		events.publishEvent(AuditEvent.created("legislation.activity.recorded", "LegislativeActivity", id, where,
				Map.of("kind", kind.name(), "heldOn", heldOn.toString())));
		return id;
	}
}
