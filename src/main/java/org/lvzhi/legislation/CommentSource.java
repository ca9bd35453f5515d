package org.lvzhi.legislation;

/** Where a comment on a draft came from. */
public enum CommentSource {
	/** 网上征求意见 */
	ONLINE,
	/** 基层立法联系点 */
	CONTACT_POINT,
	/** 座谈会、论证会、听证会 */
	SYMPOSIUM,
	/** 来信 */
	LETTER,
	/** 专家、咨询库成员 */
	EXPERT,
	/** 立法调研 */
	RESEARCH,
	/** 代表联络站: a constituent's opinion the station sent as legislative input, taken up by the commission */
	LIAISON_STATION
}
