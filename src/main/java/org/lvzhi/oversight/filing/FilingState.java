package org.lvzhi.oversight.filing;

/** Where a filed normative document stands in its review. */
public enum FilingState {
	/** 已备案: the formal check is due within 10 days. */
	FILED,
	/** 审查中 */
	UNDER_REVIEW,
	/** 已提出审查意见: the maker answers within 30 days. */
	OPINION_SENT,
	/** 制定机关已回复 */
	ANSWERED,
	/** 审查完毕 */
	CONCLUDED
}
