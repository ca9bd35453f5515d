package org.lvzhi.dutyrecords;

/**
 * What a duty-record entry counts. Each kind is fed by one module's events; the evaluation weighs
 * the kinds against each other. Labels are {@code dutyrecords.kind.<NAME>} and units
 * {@code dutyrecords.kind.<NAME>.unit} in the bundles.
 */
public enum DutyKind {
	/** 进站履职: one per deputy present on a reception day. */
	STATION_VISIT,
	/** 接待群众: the constituents a reception day received, credited to each deputy present. */
	CONSTITUENTS_RECEIVED,
	/** 收集意见建议: an opinion the deputy received. */
	OPINION_COLLECTED,
	/** 办结群众意见: an opinion the deputy received was closed. */
	OPINION_HANDLED,
	/** 推动解决问题: a closed opinion counted as solved. */
	PROBLEM_SOLVED,
	/** 领衔提出建议 */
	SUGGESTION_LED,
	/** 附议建议 */
	SUGGESTION_CO_SIGNED,
	/** 领衔提出议案 */
	BILL_LED,
	/** 联名提出议案 */
	BILL_CO_SIGNED,
	/** 出席常委会会议: one per sitting of the standing committee the member attended. */
	SITTING_ATTENDED,
	/** 请假: one per sitting of the standing committee the member was on leave from. */
	SITTING_LEAVE
}
