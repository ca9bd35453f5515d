package org.lvzhi.legislation;

import java.time.LocalDate;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.comments.CommentIndex;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.internal.Texts;
import org.lvzhi.legislation.process.ProcessStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff enter a comment received offline: from a contact point, a symposium or research trip, a
 * letter or an expert, with its source, so that every comment is decided on and counted alike.
 */
@Component
public class RecordOfflineComment {

	private final DraftStore drafts;
	private final ProcessStore store;
	private final ApplicationEventPublisher events;
	private final CommentIndex index;

	RecordOfflineComment(DraftStore drafts, ProcessStore store, ApplicationEventPublisher events, CommentIndex index) {
		this.index = index;
		this.drafts = drafts;
		this.store = store;
		this.events = events;
	}

	/**
	 * @param contactPoint the contact point that sent it, or {@code null}
	 * @param activity the symposium, hearing or research trip that produced it, or {@code null}
	 */
	@Transactional
	public CommentId record(DraftId id, Integer articleSeq, String body, String authorName, CommentSource source,
			ContactPointId contactPoint, ActivityId activity, String sourceDetail, LocalDate receivedOn, Long accountId) {
		DraftVersion draft = drafts.version(id).orElseThrow(() -> new LegislationException("process.comment.draftNotFound"));
		if (source == null || source == CommentSource.ONLINE) {
			throw new LegislationException("process.comment.sourceMissing");
		}
		if (receivedOn == null) {
			throw new LegislationException("process.move.dateMissing");
		}
		String text = Texts.body(body);
		String label = Texts.articleLabel(drafts.text(id).units(), articleSeq);
		CommentId comment = store.insertComment(id, articleSeq, label, text,
				Texts.optional(authorName, 100), null, source, contactPoint, activity,
				Texts.optional(sourceDetail, 200),
				receivedOn.atTime(12, 0).atZone(LegislationYears.CHINA).toInstant(), null);
		events.publishEvent(AuditEvent.created("legislation.comment.recorded", "DraftComment", comment, draft.title(),
				Map.of("draft", id.value(), "source", source.name())));
		index.changed(comment);
		return comment;
	}
}
