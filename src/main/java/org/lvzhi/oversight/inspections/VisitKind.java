package org.lvzhi.oversight.inspections;

import org.springframework.modulith.NamedInterface;

/**
 * The kind of a visit: 视察 (inspection visit), 调研 (research), 解剖式调研 (in-depth grassroots
 * research, counted on its own in the report), and visits to enterprises and projects.
 */
@NamedInterface("inspections")
public enum VisitKind {
	INSPECTION, RESEARCH, FIELD_RESEARCH, ENTERPRISE;

	/** Whether the report counts it with the law-enforcement inspections (执法检查、视察调研). */
	public boolean countsWithInspections() {
		return this == INSPECTION || this == RESEARCH;
	}
}
