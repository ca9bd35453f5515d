package org.lvzhi.suggestions.bills;

/**
 * Where a bill stands (DESIGN §3). Every move between states is one method of {@link Bill}; a move
 * not listed there is refused.
 */
public enum BillState {
	/** 草稿: co-signers sign it; only its deputies see it. */
	DRAFTED,
	/** 已提出: waits for the presidium's decision. */
	FILED,
	/** 已撤回 by the lead deputy before the presidium decided. */
	WITHDRAWN,
	/** 列入会议议程. */
	LISTED,
	/** 作为建议处理. */
	CONVERTED,
	/** 交专门委员会审议: the committee reports within 3 months. */
	REFERRED,
	/** 专门委员会已报告: waits for the standing committee. */
	REPORTED,
	/** 常委会安排审议. */
	SCHEDULED,
	/** 列入立法规划. */
	PLANNED,
	/** 交有关机关办理: each organ reports within 3 months. */
	HANDED,
	/** 审议完毕. */
	COMPLETED
}
