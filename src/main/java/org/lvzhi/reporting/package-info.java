/**
 * The figures of the annual work report. Modules register a {@link org.lvzhi.reporting.Figure}
 * that counts its own records for a year and lists the records behind the count; this module
 * shows them on the public statistics page and serves them as JSON.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.lvzhi.reporting;
