package org.lvzhi.legislation;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.comments.Comment;
import org.lvzhi.legislation.comments.CommentIndex;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.process.ProcessStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the next reading, staff decide on every comment: adopted, partly adopted or not adopted. A
 * comment not (fully) adopted needs the reason, which the feedback page tells the public.
 *
 * <p>A decision belongs to a reading. A comment is first decided on the reading it was made on;
 * when the project moves on to a later reading, staff carry that decision forward to it or revise
 * it there, and the earlier decision stays as it was. The comment itself shows its latest decision,
 * the one of its latest reading.
 */
@Component
public class DecideComment {

	private final ProcessStore store;
	private final DraftStore drafts;
	private final ApplicationEventPublisher events;
	private final CommentIndex index;
	private final Clock clock;

	DecideComment(ProcessStore store, DraftStore drafts, ApplicationEventPublisher events, CommentIndex index,
			Clock clock) {
		this.store = store;
		this.drafts = drafts;
		this.index = index;
		this.events = events;
		this.clock = clock;
	}

	/** Decides on a comment for the reading it was made on. */
	@Transactional
	public void decide(CommentId id, int version, CommentDecision decision, String reason, Long accountId) {
		Comment comment = store.comment(id).orElseThrow(() -> new LegislationException("process.comment.notFound"));
		String why = reason(decision, reason);
		record(comment, version, comment.draft(), decision, why, false, accountId);
		events.publishEvent(AuditEvent.changed("legislation.comment.decided", "DraftComment", id,
				comment.articleLabel() == null ? "" : comment.articleLabel(),
				Map.of("decision", comment.decision() == null ? "" : comment.decision().name()),
				Map.of("decision", decision.name(), "reason", why == null ? "" : why)));
	}

	/**
	 * The same decision on each comment of a group making the same point, as staff would decide on
	 * them one by one: each comment keeps its text and author and gets its own decision, audited on
	 * its own; all on the same draft, all or none.
	 *
	 * @param versions the version of each comment as the page showed it, in the order of {@code ids}
	 * @return how many comments were decided
	 */
	@Transactional
	public int decideGroup(List<CommentId> ids, List<Integer> versions, CommentDecision decision, String reason,
			Long accountId) {
		if (ids == null || ids.isEmpty() || versions == null || versions.size() != ids.size()) {
			throw new LegislationException("process.comment.groupEmpty");
		}
		DraftId draft = null;
		String article = "";
		for (int i = 0; i < ids.size(); i++) {
			Comment comment = store.comment(ids.get(i)).orElseThrow(() -> new LegislationException("process.comment.notFound"));
			if (draft != null && !draft.equals(comment.draft())) {
				throw new LegislationException("process.comment.groupDrafts");
			}
			draft = comment.draft();
			article = comment.articleLabel() == null ? article : comment.articleLabel();
			decide(comment.id(), versions.get(i), decision, reason, accountId);
		}
		events.publishEvent(AuditEvent.created("legislation.comment.groupDecided", "DraftVersion", draft, article,
				Map.of("comments", ids.stream().map(CommentId::toString).toList(), "decision",
						decision.name())));
		return ids.size();
	}

	/** Decides on a comment made on an earlier reading anew for a later reading of the same project. */
	@Transactional
	public void decideFor(CommentId id, DraftId reading, int version, CommentDecision decision, String reason,
			Long accountId) {
		Comment comment = store.comment(id).orElseThrow(() -> new LegislationException("process.comment.notFound"));
		DraftVersion target = laterReading(comment, reading);
		String why = reason(decision, reason);
		ProcessStore.DecisionRow before = latestBefore(comment, target).orElse(null);
		record(comment, version, reading, decision, why, false, accountId);
		events.publishEvent(AuditEvent.changed("legislation.comment.revised", "DraftComment", id,
				comment.articleLabel() == null ? "" : comment.articleLabel(),
				Map.of("decision", before == null ? "" : before.decision().name(), "reading",
						before == null ? "" : String.valueOf(before.reading())),
				Map.of("decision", decision.name(), "reason", why == null ? "" : why, "reading",
						String.valueOf(target.reading()))));
	}

	/** Takes a comment's decision of the latest earlier reading over to a later reading, unchanged. */
	@Transactional
	public void carryForward(CommentId id, DraftId reading, int version, Long accountId) {
		Comment comment = store.comment(id).orElseThrow(() -> new LegislationException("process.comment.notFound"));
		DraftVersion target = laterReading(comment, reading);
		ProcessStore.DecisionRow before = latestBefore(comment, target)
			.orElseThrow(() -> new LegislationException("process.comment.nothingToCarry"));
		record(comment, version, reading, before.decision(), before.reason(), true, accountId);
		events.publishEvent(AuditEvent.changed("legislation.comment.carried", "DraftComment", id,
				comment.articleLabel() == null ? "" : comment.articleLabel(),
				Map.of("decision", before.decision().name(), "reading", String.valueOf(before.reading())),
				Map.of("decision", before.decision().name(), "reading", String.valueOf(target.reading()))));
	}

	/**
	 * Carries forward, to a later reading, the decision of every comment of the project's earlier
	 * readings that has one there and none yet for this reading.
	 *
	 * @return how many decisions were carried forward
	 */
	@Transactional
	public int carryAllForward(DraftId reading, Long accountId) {
		DraftVersion target = drafts.version(reading)
			.orElseThrow(() -> new LegislationException("process.comment.draftNotFound"));
		java.util.Set<Long> decidedHere = new java.util.HashSet<>();
		store.decisionsFor(reading).forEach(d -> decidedHere.add(d.comment().value()));
		int n = 0;
		for (Comment comment : store.commentsBefore(target.project(), target.reading())) {
			if (!decidedHere.contains(comment.id().value()) && latestBefore(comment, target).isPresent()) {
				carryForward(comment.id(), reading, comment.version(), accountId);
				n++;
			}
		}
		return n;
	}

	private void record(Comment comment, int version, DraftId reading, CommentDecision decision, String why,
			boolean carried, Long accountId) {
		store.putDecision(comment.id(), reading, decision, why, carried, accountId, clock.instant());
		ProcessStore.DecisionRow latest = store.decisions(comment.id()).getLast();
		if (!store.decide(comment.id(), version, latest.decision(), latest.reason(), accountId)) {
			throw new OptimisticLockingFailureException("comment " + comment.id());
		}
		index.changed(comment.id());
	}

	private DraftVersion laterReading(Comment comment, DraftId reading) {
		DraftVersion own = drafts.version(comment.draft()).orElseThrow();
		DraftVersion target = drafts.version(reading)
			.orElseThrow(() -> new LegislationException("process.comment.draftNotFound"));
		if (!target.project().equals(own.project()) || target.reading() <= own.reading()) {
			throw new LegislationException("process.comment.notALaterReading");
		}
		return target;
	}

	private java.util.Optional<ProcessStore.DecisionRow> latestBefore(Comment comment, DraftVersion target) {
		List<ProcessStore.DecisionRow> rows = store.decisions(comment.id());
		return rows.stream().filter(r -> r.reading() < target.reading()).max(Comparator.comparingInt(ProcessStore.DecisionRow::reading));
	}

	private static String reason(CommentDecision decision, String reason) {
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
		return why.isEmpty() ? null : why;
	}
}
