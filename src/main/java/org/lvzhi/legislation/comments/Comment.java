package org.lvzhi.legislation.comments;

import java.time.Instant;

import org.lvzhi.legislation.CommentDecision;
import org.lvzhi.legislation.CommentId;
import org.lvzhi.legislation.CommentSource;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.OpinionRequestId;

/**
 * A comment on a draft. {@code contact} is for the office only and never leaves the staff pages.
 *
 * @param articleSeq the unit of the draft commented on, {@code null} for the draft as a whole
 * @param request the request for opinion this comment answers, or {@code null}
 */
public record Comment(CommentId id, DraftId draft, Integer articleSeq, String articleLabel, String body, String authorName,
		String contact, CommentSource source, String sourceDetail, Instant submittedAt, boolean hidden,
		String hiddenReason, CommentDecision decision, String decisionReason, int version, OpinionRequestId request) {
}
