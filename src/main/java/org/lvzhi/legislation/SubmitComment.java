package org.lvzhi.legislation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.comments.CommentIndex;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.internal.Texts;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.legislation.text.Unit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member of the public comments on a draft open for comment, on the whole or on one article.
 * The name is optional and the contact is kept for the office only. Only the window's days (China
 * time) are accepted. The form is guarded by the platform's abuse controls
 * ({@code PublicCommentController}): the hourly allowance per draft and client is kept there, and
 * no address is stored with the comment.
 */
@Component
public class SubmitComment {

	private final DraftStore drafts;
	private final ProcessStore store;
	private final ApplicationEventPublisher events;
	private final CommentIndex index;
	private final Clock clock;

	SubmitComment(DraftStore drafts, ProcessStore store, ApplicationEventPublisher events, CommentIndex index,
			Clock clock) {
		this.index = index;
		this.drafts = drafts;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public CommentId submit(DraftId id, Integer articleSeq, String body, String name, String contact) {
		DraftVersion draft = drafts.version(id).orElseThrow(() -> new LegislationException("process.comment.draftNotFound"));
		ProcessStore.Window window = store.window(id).orElseThrow(() -> new LegislationException("process.comment.notOpen"));
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, LegislationYears.CHINA);
		if (today.isBefore(window.opens())) {
			throw new LegislationException("process.comment.notYet", window.opens().toString());
		}
		if (today.isAfter(window.closes())) {
			throw new LegislationException("process.comment.closed", window.closes().toString());
		}
		String text = Texts.body(body);
		// The draft's units (every article's row) are read only to name the article a comment is about.
		String label = articleSeq == null ? null : Texts.articleLabel(drafts.text(id).units(), articleSeq);
		CommentId comment = store.insertComment(id, articleSeq, label, text, Texts.optional(name, 100),
				Texts.optional(contact, 200), CommentSource.ONLINE, null, null, null, now, null);
		events.publishEvent(AuditEvent.created("legislation.comment.submitted", "DraftComment", comment, draft.title(),
				Map.of("draft", id.value(), "article", label == null ? "" : label)));
		index.changed(comment);
		return comment;
	}

	/**
	 * A comment received online before it was entered here, such as one taken over from the former
	 * comment site: checked against the window on its own day.
	 */
	@Transactional
	public CommentId received(DraftId id, Integer articleSeq, String body, String name, Instant at) {
		DraftVersion draft = drafts.version(id).orElseThrow(() -> new LegislationException("process.comment.draftNotFound"));
		ProcessStore.Window window = store.window(id).orElseThrow(() -> new LegislationException("process.comment.notOpen"));
		if (!window.contains(LocalDate.ofInstant(at, LegislationYears.CHINA))) {
			throw new LegislationException("process.comment.closed", window.closes().toString());
		}
		String label = Texts.articleLabel(drafts.text(id).units(), articleSeq);
		CommentId comment = store.insertComment(id, articleSeq, label, Texts.body(body), Texts.optional(name, 100),
				null, CommentSource.ONLINE, null, null, null, at, null);
		events.publishEvent(AuditEvent.created("legislation.comment.submitted", "DraftComment", comment, draft.title(),
				Map.of("draft", id.value(), "article", label == null ? "" : label)));
		index.changed(comment);
		return comment;
	}

	/** The places in a draft's text of its articles, which a comment may refer to. */
	public List<Integer> articleSeqs(DraftId id) {
		List<Unit> units = drafts.text(id).units();
		return java.util.stream.IntStream.range(0, units.size()).filter(i -> units.get(i).isArticle()).boxed().toList();
	}
}
