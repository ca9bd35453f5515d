/**
 * Law-enforcement inspections (执法检查) with their sites and problem lists to closure or escalation,
 * and inspection and research visits (视察调研). Internal to the oversight module except the named
 * interface {@code inspections}: {@link org.lvzhi.oversight.inspections.InspectionDesk}, the office's
 * moves, and the IDs and entries its methods take, through which the demo world writes its records.
 */
package org.lvzhi.oversight.inspections;
