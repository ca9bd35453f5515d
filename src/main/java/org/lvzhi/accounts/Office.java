package org.lvzhi.accounts;

/**
 * The offices of the standing committee's organs in which staff work. A staff account belongs to
 * one of them; which workflows an office runs is decided by each module.
 */
public enum Office {
	/** 办公厅 */
	GENERAL_OFFICE,
	/** 法工委 */
	LEGISLATIVE_AFFAIRS,
	/** 代表工委 (选联工委) */
	DEPUTY_AFFAIRS,
	/** 研究室 */
	RESEARCH,
	/** 信访局 */
	PETITIONS,
	/** 法制委员会办公室 */
	LEGAL_COMMITTEE,
	/** 财政经济委员会办公室 */
	FINANCE_ECONOMIC_COMMITTEE,
	/** 教育科学文化卫生委员会办公室 */
	EDUCATION_SCIENCE_CULTURE_HEALTH_COMMITTEE,
	/** 城乡建设环境保护委员会办公室 */
	URBAN_RURAL_ENVIRONMENT_COMMITTEE,
	/** 农业与农村委员会办公室 */
	AGRICULTURE_RURAL_COMMITTEE,
	/** 监察和司法委员会办公室 */
	SUPERVISORY_JUDICIAL_COMMITTEE,
	/** 社会建设委员会办公室 */
	SOCIAL_DEVELOPMENT_COMMITTEE
}
