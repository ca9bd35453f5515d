/**
 * Law-enforcement inspections (执法检查) with their sites and problem lists, and inspection and
 * research visits (视察调研). Internal to the oversight module; the named interface lets the demo
 * world write its records through these use cases.
 */
@org.springframework.modulith.NamedInterface("inspections")
package org.lvzhi.oversight.inspections;
