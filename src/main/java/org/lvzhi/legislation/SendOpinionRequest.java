package org.lvzhi.legislation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.deadlines.DeadlinePeriod;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.internal.Texts;
import org.lvzhi.legislation.network.ContactPoint;
import org.lvzhi.legislation.network.PoolMember;
import org.lvzhi.legislation.network.PoolStatus;
import org.lvzhi.legislation.network.RequestStore;
import org.lvzhi.legislation.process.ProcessStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff send a request for opinion (征求意见函) about one draft version to a grassroots contact
 * point or to selected active members of the consultation pool, due a number of working days after
 * it was sent (the working-day calendar counts them; {@code lvzhi.legislation.request-working-days}
 * is the default the form offers).
 */
@Component
public class SendOpinionRequest {

	private final DraftStore drafts;
	private final ProcessStore process;
	private final RequestStore store;
	private final Deadlines deadlines;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final int defaultWorkingDays;
	private final int maxWorkingDays;

	SendOpinionRequest(DraftStore drafts, ProcessStore process, RequestStore store, Deadlines deadlines,
			ApplicationEventPublisher events, Clock clock,
			LegislationSettings settings) {
		this.drafts = drafts;
		this.process = process;
		this.store = store;
		this.deadlines = deadlines;
		this.events = events;
		this.clock = clock;
		this.defaultWorkingDays = settings.requestWorkingDays();
		this.maxWorkingDays = settings.requestMaxWorkingDays();
	}

	public int defaultWorkingDays() {
		return defaultWorkingDays;
	}

	/** The most working days a request may give ({@code lvzhi.legislation.request-max-working-days}). */
	public int maxWorkingDays() {
		return maxWorkingDays;
	}

	/**
	 * @param point the contact point asked, or {@code null} when pool members are asked
	 * @param members the pool members asked, empty when a contact point is asked
	 */
	@Transactional
	public OpinionRequestId send(DraftId draftId, ContactPointId point, List<PoolMemberId> members, String subject,
			String note, LocalDate sentOn, int workingDays, Long accountId) {
		DraftVersion draft = drafts.version(draftId)
			.orElseThrow(() -> new LegislationException("process.comment.draftNotFound"));
		List<PoolMemberId> asked = members == null ? List.of() : List.copyOf(new LinkedHashSet<>(members));
		if ((point == null) == asked.isEmpty()) {
			throw new LegislationException("process.request.addresseeMissing");
		}
		String title = subject == null ? "" : subject.strip();
		if (title.isEmpty()) {
			throw new LegislationException("process.request.subjectMissing");
		}
		if (title.length() > 400) {
			title = title.substring(0, 400);
		}
		if (sentOn == null) {
			throw new LegislationException("process.move.dateMissing");
		}
		if (workingDays < 1 || workingDays > maxWorkingDays) {
			throw new LegislationException("process.request.daysInvalid", maxWorkingDays);
		}
		if (point != null) {
			ContactPoint found = process.contactPoints().stream().filter(p -> p.id().equals(point)).findFirst()
				.orElseThrow(() -> new LegislationException("process.request.pointUnknown"));
			if (found.activeTo() != null && found.activeTo().isBefore(sentOn)) {
				throw new LegislationException("process.request.pointUnknown");
			}
		}
		for (PoolMemberId member : asked) {
			PoolMember m = process.poolMember(member).orElseThrow(() -> new LegislationException("process.request.memberInactive"));
			if (m.status() != PoolStatus.ACTIVE) {
				throw new LegislationException("process.request.memberInactive");
			}
		}
		LocalDate due = deadlines.dueDate(sentOn, DeadlinePeriod.workingDays(workingDays)).date();
		OpinionRequestId id = store.insert(draftId, point, asked, title,
				Texts.optional(note, 2000), sentOn, due, accountId, clock.instant());
		events.publishEvent(AuditEvent.created("legislation.request.sent", "OpinionRequest", id, title,
				Map.of("draft", draftId.value(), "reading", draft.reading(), "contactPoint",
						point == null ? "" : point.toString(), "members", asked.stream().map(PoolMemberId::toString).toList(),
						"sentOn", sentOn.toString(), "dueOn", due.toString())));
		return id;
	}
}
