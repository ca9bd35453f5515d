package org.lvzhi.legislation;

/** What a project does to the city's regulations, as the annual plan lists it. */
public enum ProjectKind {
	/** 制定 */
	MAKE,
	/** 修改 */
	AMEND,
	/** 打包修改 */
	PACKAGE_AMEND,
	/** 调研项目 */
	RESEARCH
}
