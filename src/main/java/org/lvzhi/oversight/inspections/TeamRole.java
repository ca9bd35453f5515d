package org.lvzhi.oversight.inspections;

/** Who a team member is: a standing committee member, a deputy of any level, or an expert. */
public enum TeamRole {
	MEMBER, DEPUTY, EXPERT
}
