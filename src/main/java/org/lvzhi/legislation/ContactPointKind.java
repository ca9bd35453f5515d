package org.lvzhi.legislation;

/** The four kinds of grassroots legislative contact points. */
public enum ContactPointKind {
	/** 基层民主型 */
	GRASSROOTS_DEMOCRACY,
	/** 行业分布型 */
	INDUSTRY,
	/** 功能定位型 */
	FUNCTIONAL,
	/** 学术研究型 */
	ACADEMIC
}
