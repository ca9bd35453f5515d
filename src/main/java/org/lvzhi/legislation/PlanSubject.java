package org.lvzhi.legislation;

/**
 * The matters on which a city with districts may make regulations (立法法 article 81), and
 * "other" for an item that needs a second look.
 */
public enum PlanSubject {
	/** 城乡建设与管理 */
	URBAN,
	/** 生态文明建设 */
	ECOLOGY,
	/** 历史文化保护 */
	HERITAGE,
	/** 基层治理 */
	GRASSROOTS,
	/** 其他事项 */
	OTHER;

	public boolean isWithinCityScope() {
		return this != OTHER;
	}
}
