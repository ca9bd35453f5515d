package org.lvzhi.liaison;

/** The kinds of lines in an opinion's timeline, one per move. */
public enum StepKind {
	RECEIVED, ANSWERED_ON_SPOT, REDIRECTED, FORWARDED, CHASED, TURNED_INTO_SUGGESTION, SENT_AS_LEGISLATIVE_INPUT,
	ANSWER_RECORDED, TOLD, CONSTITUENT_FEEDBACK, CLOSED, REOPENED
}
