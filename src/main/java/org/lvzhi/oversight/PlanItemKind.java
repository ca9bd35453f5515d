package org.lvzhi.oversight;

/** What an item of the annual supervision plan is, and so which record carries it out. */
public enum PlanItemKind {
	/** 听取审议专项工作报告: a work report */
	WORK_REPORT,
	/** 专题询问: a special inquiry */
	INQUIRY,
	/** 满意度测评: a satisfaction evaluation */
	EVALUATION,
	/** 执法检查: a law-enforcement inspection */
	INSPECTION,
	/** 专题调研、视察: a visit */
	RESEARCH
}
