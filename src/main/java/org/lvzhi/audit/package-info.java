/**
 * The action log: who changed what, when, on which record, with the state before and after.
 * Modules publish {@link org.lvzhi.audit.AuditEvent}s inside their transactions; entries are
 * append-only and administrators browse, filter and export them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.lvzhi.audit;
