package org.lvzhi.oversight.reports;

import java.time.LocalDate;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.WorkReportId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Puts a work report on the year's oversight plan, naming the reporting organ and the committee. */
@Service
class PlanWorkReport {

	private final ReportStore store;
	private final Directory directory;

	PlanWorkReport(ReportStore store, Directory directory) {
		this.store = store;
		this.directory = directory;
	}

	@Transactional
	WorkReportId plan(int year, String title, OrganizationId organ, OrganizationId committee, LocalDate on) {
		if (organ == null || directory.organization(organ).isEmpty()) {
			throw new OversightException("oversight.error.organRequired");
		}
		WorkReport r = WorkReport.plan(year, title, organ.value(), committee == null ? null : committee.value(), on);
		return new WorkReportId(store.save(r, "planned", null).id);
	}
}
