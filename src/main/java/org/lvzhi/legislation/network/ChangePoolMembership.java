package org.lvzhi.legislation.network;

import java.time.LocalDate;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.LegislationException;
import org.lvzhi.legislation.PoolMemberId;
import org.lvzhi.legislation.internal.Texts;
import org.lvzhi.legislation.process.ProcessStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pool member pauses, resumes or leaves, and receives the annual assessment. A member who left
 * stays on record with the day of leaving, so that the year's figures remain as they were.
 */
@Component
public class ChangePoolMembership {

	private final ProcessStore store;
	private final ApplicationEventPublisher events;

	ChangePoolMembership(ProcessStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	@Transactional
	public void change(PoolMemberId id, int version, PoolStatus status, LocalDate on) {
		PoolMember member = store.poolMember(id).orElseThrow(() -> new LegislationException("process.pool.notFound"));
		if (status == null || member.status() == PoolStatus.LEFT || member.status() == status) {
			throw new LegislationException("process.move.illegal");
		}
		if (status == PoolStatus.LEFT && on == null) {
			throw new LegislationException("process.move.dateMissing");
		}
		if (!store.setPoolStatus(id, version, status, status == PoolStatus.LEFT ? on : null)) {
			throw new OptimisticLockingFailureException("pool member " + id);
		}
		events.publishEvent(AuditEvent.changed("legislation.pool.changed", "PoolMember", id, member.name(),
				Map.of("status", member.status().name()), Map.of("status", status.name())));
	}

	@Transactional
	public void assess(PoolMemberId id, int version, String assessment) {
		PoolMember member = store.poolMember(id).orElseThrow(() -> new LegislationException("process.pool.notFound"));
		String text = Texts.optional(assessment, 400);
		if (!store.setAssessment(id, version, text)) {
			throw new OptimisticLockingFailureException("pool member " + id);
		}
		events.publishEvent(AuditEvent.changed("legislation.pool.assessed", "PoolMember", id, member.name(),
				Map.of("assessment", member.assessment() == null ? "" : member.assessment()),
				Map.of("assessment", text == null ? "" : text)));
	}
}
