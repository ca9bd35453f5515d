package org.lvzhi.suggestions;

/** How a unit answers (答复类别). */
public enum AnswerCategory {
	/** 已解决或基本解决 */
	A,
	/** 正在解决或列入计划解决 */
	B,
	/** 因条件限制以后解决 */
	C,
	/** 留作参考 */
	D;

	/** B and C answers stay under follow-up until implemented (答复型 → 落实型). */
	public boolean needsFollowUp() {
		return this == B || this == C;
	}
}
