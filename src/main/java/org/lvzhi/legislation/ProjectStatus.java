package org.lvzhi.legislation;

/** Where a legislative project stands; the full plan-to-promulgation workflow comes later. */
public enum ProjectStatus {
	/** 起草中 */
	DRAFTING,
	/** 审议中: at least one reading's text exists */
	UNDER_READING,
	/** 已通过 */
	PASSED,
	/** 已搁置 */
	SHELVED;

	public boolean isClosed() {
		return this == PASSED || this == SHELVED;
	}
}
