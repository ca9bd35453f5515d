package org.lvzhi.oversight;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;

/**
 * The standing committee's deliberation opinions (审议意见) on a work report were handed to the organ,
 * which owes its handling report by {@code handlingDue}.
 */
public record DeliberationOpinionsSent(WorkReportId report, OrganizationId organ, LocalDate sentOn,
		LocalDate handlingDue) {
}
