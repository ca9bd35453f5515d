package org.lvzhi.suggestions;

/**
 * What the standing committee does with a bill after the special committee's report, and what
 * the special committee recommends.
 */
public enum BillOutcome {
	/** 提请常委会会议审议 */
	SCHEDULED,
	/** 列入立法规划或计划 */
	PLANNED,
	/** 交有关机关办理，3个月内报告 */
	HANDED
}
