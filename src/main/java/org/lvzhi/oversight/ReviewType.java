package org.lvzhi.oversight;

/** How a filed normative document comes to be reviewed (DESIGN §3, filing review). */
public enum ReviewType {
	/** 主动审查 */
	ACTIVE,
	/** 依申请审查 */
	ON_REQUEST,
	/** 移送审查 */
	REFERRED,
	/** 专项审查 */
	SPECIAL,
	/** 联合审查 */
	JOINT
}
