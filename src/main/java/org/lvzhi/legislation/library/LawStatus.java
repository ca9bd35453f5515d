package org.lvzhi.legislation.library;

/** Whether a text of the library is the one in force. */
public enum LawStatus {
	/** 现行有效 */
	IN_FORCE,
	/** 已被修改: a later version of the same title is in the library */
	SUPERSEDED,
	/** 已废止 */
	REPEALED
}
