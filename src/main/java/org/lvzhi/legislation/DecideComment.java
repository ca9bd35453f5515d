package org.lvzhi.legislation;

import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the next reading, staff decide on every comment: adopted, partly adopted or not adopted. A
 * comment not (fully) adopted needs the reason, which the feedback page tells the public.
 */
@Component
public class DecideComment {

	private final ProcessStore store;
	private final ApplicationEventPublisher events;
	private final CommentIndex index;

	DecideComment(ProcessStore store, ApplicationEventPublisher events, CommentIndex index) {
		this.index = index;
		this.store = store;
		this.events = events;
	}

	@Transactional
	public void decide(CommentId id, int version, CommentDecision decision, String reason, Long accountId) {
		Comment comment = store.comment(id).orElseThrow(() -> new LegislationException("process.comment.notFound"));
		if (decision == null) {
			throw new LegislationException("process.comment.decisionMissing");
		}
		String why = reason == null ? "" : reason.strip();
		if (decision != CommentDecision.ADOPTED && why.isEmpty()) {
			throw new LegislationException("process.comment.reasonMissing");
		}
		if (why.length() > 2000) {
			throw new LegislationException("process.comment.bodyTooLong", 2000);
		}
		if (!store.decide(id, version, decision, why.isEmpty() ? null : why, accountId)) {
			throw new OptimisticLockingFailureException("comment " + id);
		}
		events.publishEvent(AuditEvent.changed("legislation.comment.decided", "DraftComment", id,
				comment.articleLabel() == null ? "" : comment.articleLabel(),
				Map.of("decision", comment.decision() == null ? "" : comment.decision().name()),
				Map.of("decision", decision.name(), "reason", why)));
		index.changed(id);
	}
}
