package org.lvzhi.legislation.comments;

import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.CommentId;
import org.lvzhi.legislation.LegislationException;
import org.lvzhi.legislation.process.ProcessStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff hide an abusive comment from the public pages, with a reason, or show it again. Nothing is
 * deleted: a hidden comment stays on the staff list and in the count of comments received.
 */
@Component
public class ModerateComment {

	private final ProcessStore store;
	private final ApplicationEventPublisher events;
	private final CommentIndex index;

	ModerateComment(ProcessStore store, ApplicationEventPublisher events, CommentIndex index) {
		this.index = index;
		this.store = store;
		this.events = events;
	}

	@Transactional
	public void hide(CommentId id, int version, String reason, Long accountId) {
		Comment comment = store.comment(id).orElseThrow(() -> new LegislationException("process.comment.notFound"));
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty()) {
			throw new LegislationException("process.comment.hideReasonMissing");
		}
		change(comment, version, true, why.length() > 400 ? why.substring(0, 400) : why, accountId);
	}

	@Transactional
	public void show(CommentId id, int version, Long accountId) {
		Comment comment = store.comment(id).orElseThrow(() -> new LegislationException("process.comment.notFound"));
		change(comment, version, false, null, accountId);
	}

	private void change(Comment comment, int version, boolean hidden, String reason, Long accountId) {
		if (!store.hide(comment.id(), version, hidden, reason, accountId)) {
			throw new OptimisticLockingFailureException("comment " + comment.id());
		}
		events.publishEvent(AuditEvent.changed(hidden ? "legislation.comment.hidden" : "legislation.comment.shown",
				"DraftComment", comment.id(), comment.articleLabel() == null ? "" : comment.articleLabel(),
				Map.of("hidden", comment.hidden()), Map.of("hidden", hidden, "reason", reason == null ? "" : reason)));
		index.changed(comment.id());
	}
}
