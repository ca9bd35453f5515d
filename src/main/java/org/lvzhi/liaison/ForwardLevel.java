package org.lvzhi.liaison;

/** The level of the body an opinion is forwarded to. */
public enum ForwardLevel {
	/** 街道（乡镇） */
	STREET,
	/** 县（市、区） */
	DISTRICT,
	/** 市级部门 */
	CITY
}
