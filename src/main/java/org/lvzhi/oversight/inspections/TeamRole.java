package org.lvzhi.oversight.inspections;

import org.springframework.modulith.NamedInterface;

/** Who a team member is: a standing committee member, a deputy of any level, or an expert. */
@NamedInterface("inspections")
public enum TeamRole {
	MEMBER, DEPUTY, EXPERT
}
