package org.lvzhi.suggestions;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a suggestion stands (DESIGN §3). Every move between states is one method of
 * {@link Suggestion}; a move not listed there is refused.
 */
public enum SuggestionState {
	/** 草稿: only the lead deputy sees it. */
	DRAFT,
	/** 已提交: waits for screening by the deputies' affairs commission. */
	SUBMITTED,
	/** 已立案: accepted as a suggestion, waits for assignment. */
	ACCEPTED,
	/** 不予立案: returned as not a suggestion, with a reason. */
	REJECTED,
	/** 已撤回 by the deputy before assignment. */
	WITHDRAWN,
	/** 已并案: merged into another suggestion, which keeps its deputies. */
	MERGED,
	/** 办理中: assigned to handling units. */
	ASSIGNED,
	/** 已答复: waits for the deputy's rating. */
	ANSWERED,
	/** 不满意: rated dissatisfied, waits for the office to reopen or close it. */
	DISSATISFIED,
	/** 重新办理: a second answer is due. */
	REOPENED,
	/** 跟踪落实: answered B or C, under follow-up until implemented. */
	FOLLOW_UP,
	/** 已办结. */
	CLOSED;

	/** States in which handling units work on the suggestion. */
	public static final Set<SuggestionState> HANDLING = EnumSet.of(ASSIGNED, REOPENED);

	/** States in which the answer is public. */
	public static final Set<SuggestionState> PUBLISHED = EnumSet.of(ANSWERED, DISSATISFIED, REOPENED, FOLLOW_UP,
			CLOSED);

	public boolean isHandling() {
		return HANDLING.contains(this);
	}

	public boolean isPublished() {
		return PUBLISHED.contains(this);
	}
}
