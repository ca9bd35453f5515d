package org.lvzhi.oversight.reports;

/**
 * Where a work report stands (DESIGN §3). Every move is one method of {@link WorkReport}; a move not
 * listed there is refused.
 */
public enum ReportState {
	/** 列入监督计划: the committee surveys; no sitting yet. */
	PLANNED,
	/** 已安排会议: the documents are due on the clock back from the sitting. */
	SCHEDULED,
	/** 已审议: the deliberation opinions are being written; a satisfaction vote may be held. */
	DELIBERATED,
	/** 审议意见已交办: the organ owes its handling report. */
	OPINIONS_SENT,
	/** 已报送研究处理情况: waits for the committee to close it. */
	HANDLED,
	/** 不满意，退回重新报告: the organ reports again at a later sitting. */
	REWORK,
	/** 办结. */
	CLOSED
}
