package org.lvzhi.oversight.inspections;

/** Where an unfixed problem goes next: a special inquiry (专题询问) or a formal questioning (质询). */
public enum Escalation {
	INQUIRY, QUESTIONING
}
