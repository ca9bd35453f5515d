/**
 * The action log: who changed what, when, on which record, with the state before and after.
 * Modules publish {@link org.lvzhi.audit.AuditEvent}s inside their transactions; entries are
 * append-only (on PostgreSQL for the application's own role too), sealed in a keyed hash chain that
 * administrators check, and administrators browse, filter and export them. Downloads of documents
 * and views of pages with contact data are logged here as well.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.lvzhi.audit;
