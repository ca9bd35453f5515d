package org.lvzhi.legislation;

/** The part a member plays in the legislative consultation pool. */
public enum PoolRole {
	/** 立法专家 */
	EXPERT,
	/** 行业顾问 */
	INDUSTRY_CONSULTANT,
	/** 民意直通车联络员 */
	LIAISON_OFFICER
}
