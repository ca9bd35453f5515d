package org.lvzhi.liaison;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a constituent's opinion stands. Every move between states is one method of {@link Opinion};
 * a move not listed there is refused.
 */
public enum OpinionState {
	/** 已登记: waits for the station to decide its path. */
	RECEIVED,
	/** 已转办: forwarded to a street, district or city body, chased until it answers. */
	FORWARDED,
	/** 已转代表建议: a deputy turned it into a suggestion. */
	SUGGESTION,
	/** 已作立法意见报送. */
	LEGISLATIVE,
	/** 已答复: the answer is in, the constituent is still to be told. */
	ANSWERED,
	/** 已告知: the constituent was told the result. */
	TOLD,
	/** 已办结. */
	CLOSED,
	/** 不予受理，已引导 (e.g. matters before a court), with the reason. */
	REDIRECTED,
	/** 已重新办理: the constituent said it is not solved. */
	REOPENED;

	/** States in which the station still owes the constituent something. */
	public static final Set<OpinionState> OPEN = EnumSet.of(RECEIVED, FORWARDED, SUGGESTION, LEGISLATIVE, ANSWERED,
			TOLD, REOPENED);

	/** States waiting for an answer from elsewhere. */
	public static final Set<OpinionState> AWAITING_ANSWER = EnumSet.of(FORWARDED, SUGGESTION, LEGISLATIVE);

	public boolean isOpen() {
		return OPEN.contains(this);
	}
}
