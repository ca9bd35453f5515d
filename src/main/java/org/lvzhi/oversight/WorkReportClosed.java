package org.lvzhi.oversight;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;

/** A work report's oversight ended: the handling report was accepted. */
public record WorkReportClosed(WorkReportId report, OrganizationId organ, LocalDate closedOn) {
}
