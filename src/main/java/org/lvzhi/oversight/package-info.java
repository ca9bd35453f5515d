/**
 * Oversight of the government (监督): the supervision plan, special work reports with their
 * deliberation opinions and handling reports, satisfaction votes, special inquiries and
 * interpellations, satisfaction evaluations of departments, law-enforcement inspections with their
 * sites and problems, inspection and research visits, and the filing review of normative documents.
 * The root holds the typed IDs, the value types and one workflow interface per room, which the demo
 * world drives; each room ({@code plan}, {@code reports}, {@code inquiry}, {@code evaluation},
 * {@code filing}, {@code inspections}, {@code reminders}, {@code dashboard}) keeps its pages and
 * stores to itself, and only {@code inspections} opens a named interface, its
 * {@link org.lvzhi.oversight.inspections.InspectionDesk}. It publishes no events of its own (audit,
 * notice and search events only).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight")
package org.lvzhi.oversight;
