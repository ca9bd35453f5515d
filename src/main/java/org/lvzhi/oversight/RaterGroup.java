package org.lvzhi.oversight;

/** The groups that rate departments in a satisfaction evaluation, each with its weight in the result. */
public enum RaterGroup {
	/** 常委会组成人员 */
	MEMBERS,
	/** 各专委会组成人员 */
	COMMITTEE_MEMBERS,
	/** 人大代表 */
	DEPUTIES,
	/** 专家 */
	EXPERTS,
	/** 经营主体代表 */
	BUSINESS
}
