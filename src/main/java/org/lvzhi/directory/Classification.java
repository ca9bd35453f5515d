package org.lvzhi.directory;

/**
 * What kind of body an organization is. The Popolo {@code classification} of the export.
 */
public enum Classification {
	/** 人民代表大会 */
	CONGRESS,
	/** 人大常委会 */
	STANDING_COMMITTEE,
	/** 主任会议 */
	COUNCIL_OF_CHAIRPERSONS,
	/** 专门委员会 */
	SPECIAL_COMMITTEE,
	/** 工作委员会 */
	WORKING_COMMITTEE,
	/** 办事机构：办公厅、研究室、信访局 */
	OFFICE,
	/** 人民政府 */
	GOVERNMENT,
	/** 政府工作部门 */
	GOVERNMENT_DEPARTMENT,
	/** 监察委员会 */
	SUPERVISORY_COMMISSION,
	/** 人民法院 */
	COURT,
	/** 人民检察院 */
	PROCURATORATE,
	/** 代表团 */
	DELEGATION,
	/** 代表小组 */
	DEPUTY_GROUP,
	/** 其他 */
	OTHER
}
