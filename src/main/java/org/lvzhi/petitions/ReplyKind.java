package org.lvzhi.petitions;

/** The substance of a reply (答复意见): 支持, 解释说明, 不支持. */
public enum ReplyKind {
	SUPPORT, EXPLAIN, NOT_SUPPORT
}
