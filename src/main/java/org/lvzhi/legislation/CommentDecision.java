package org.lvzhi.legislation;

/** What the office made of a comment for the next reading. */
public enum CommentDecision {
	/** 采纳 */
	ADOPTED,
	/** 部分采纳 */
	PARTLY_ADOPTED,
	/** 未采纳 */
	NOT_ADOPTED
}
