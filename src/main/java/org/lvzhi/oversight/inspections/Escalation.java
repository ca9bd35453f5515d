package org.lvzhi.oversight.inspections;

import org.springframework.modulith.NamedInterface;

/** Where an unfixed problem goes next: a special inquiry (专题询问) or a formal questioning (质询). */
@NamedInterface("inspections")
public enum Escalation {
	INQUIRY, QUESTIONING
}
