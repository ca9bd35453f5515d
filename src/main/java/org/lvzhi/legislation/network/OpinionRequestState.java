package org.lvzhi.legislation.network;

/** Where a request for opinion stands on a given day. */
public enum OpinionRequestState {
	/** 已发出，未到期 */
	SENT,
	/** 已答复 */
	ANSWERED,
	/** 逾期未答复 */
	OVERDUE
}
