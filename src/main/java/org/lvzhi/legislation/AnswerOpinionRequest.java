package org.lvzhi.legislation;

import java.time.LocalDate;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.comments.CommentIndex;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.internal.Texts;
import org.lvzhi.legislation.network.OpinionRequest;
import org.lvzhi.legislation.network.RequestStore;
import org.lvzhi.legislation.process.ProcessStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff record an answer to a request for opinion: a comment on the request's draft whose source
 * is the request (a contact point's answer counts as from the contact point, a pool member's as from
 * an expert), so that it is decided on, reported and counted like every other comment. The first
 * answer marks the request answered.
 */
@Component
public class AnswerOpinionRequest {

	private final RequestStore store;
	private final DraftStore drafts;
	private final ProcessStore process;
	private final CommentIndex index;
	private final ApplicationEventPublisher events;

	AnswerOpinionRequest(RequestStore store, DraftStore drafts, ProcessStore process, CommentIndex index,
			ApplicationEventPublisher events) {
		this.store = store;
		this.drafts = drafts;
		this.process = process;
		this.index = index;
		this.events = events;
	}

	@Transactional
	public CommentId answer(OpinionRequestId id, Integer articleSeq, String body, String author, LocalDate receivedOn,
			Long accountId) {
		OpinionRequest request = store.find(id).orElseThrow(() -> new LegislationException("process.request.notFound"));
		if (receivedOn == null) {
			throw new LegislationException("process.move.dateMissing");
		}
		if (receivedOn.isBefore(request.sentOn())) {
			throw new LegislationException("process.request.answerBeforeSent", request.sentOn().toString());
		}
		String text = Texts.body(body);
		String label = Texts.articleLabel(drafts.text(request.draft()).units(), articleSeq);
		CommentSource source = request.contactPoint() != null ? CommentSource.CONTACT_POINT : CommentSource.EXPERT;
		CommentId comment = process.insertComment(request.draft(), articleSeq, label, text,
				Texts.optional(author, 100), null, source, request.contactPoint(), null,
				Texts.optional(request.subject(), 200),
				receivedOn.atTime(12, 0).atZone(LegislationYears.CHINA).toInstant(), null, id);
		if (request.answeredOn() == null && !store.answered(id, request.version(), receivedOn)) {
			throw new OptimisticLockingFailureException("request " + id);
		}
		events.publishEvent(AuditEvent.created("legislation.request.answered", "OpinionRequest", id, request.subject(),
				Map.of("comment", comment.value(), "draft", request.draft().value(), "receivedOn", receivedOn.toString())));
		events.publishEvent(AuditEvent.created("legislation.comment.recorded", "DraftComment", comment,
				request.draftTitle(), Map.of("draft", request.draft().value(), "source", source.name(), "request", id.value())));
		index.changed(comment);
		return comment;
	}
}
