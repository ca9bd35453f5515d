package org.lvzhi.oversight;

/** How the review of a normative document ended. */
public enum FilingOutcome {
	/** 未发现问题 */
	NO_PROBLEM,
	/** 制定机关已纠正 */
	CORRECTED,
	/** 由常委会撤销 */
	REVOKED
}
