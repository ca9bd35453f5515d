package org.lvzhi.legislation;

import java.time.Instant;

/**
 * A comment on a draft. {@code contact} is for the office only and never leaves the staff pages.
 *
 * @param articleSeq the unit of the draft commented on, {@code null} for the draft as a whole
 * @param request the request for opinion this comment answers, or {@code null}
 */
record Comment(CommentId id, DraftId draft, Integer articleSeq, String articleLabel, String body, String authorName,
		String contact, CommentSource source, String sourceDetail, Instant submittedAt, boolean hidden,
		String hiddenReason, CommentDecision decision, String decisionReason, int version, OpinionRequestId request) {
}
