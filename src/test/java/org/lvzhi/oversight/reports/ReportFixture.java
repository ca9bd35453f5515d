package org.lvzhi.oversight.reports;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.WorkReportId;
import org.lvzhi.oversight.WorkReportWorkflow;
import org.springframework.context.ApplicationContext;

/** Work reports in a named state, each for its own organ so that tests never share records. */
final class ReportFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	/** A Tuesday in 2024 (the demo world is 2023, so its figures stay untouched); 20 days before is a Wednesday. */
	static final LocalDate SITTING = LocalDate.of(2024, 6, 25);

	private final ApplicationContext context;

	ReportFixture(ApplicationContext context) {
		this.context = context;
	}

	WorkReportWorkflow workflow() {
		return context.getBean(WorkReportWorkflow.class);
	}

	ReportView get(WorkReportId id) {
		return context.getBean(WorkReports.class).get(id).orElseThrow();
	}

	OrganizationId organ() {
		return context.getBean(CreateOrganization.class).create(new OrganizationDetails(
				"测试监督对象局" + System.nanoTime() + SEQUENCE.incrementAndGet(), Classification.GOVERNMENT_DEPARTMENT,
				null, null, null, null, null, null));
	}

	WorkReportId planned(OrganizationId organ) {
		return workflow().plan(2024, "关于测试工作情况的报告", organ, null, LocalDate.of(2024, 1, 10));
	}

	WorkReportId deliberated(OrganizationId organ) {
		WorkReportId id = planned(organ);
		workflow().schedule(id, SITTING);
		workflow().deliberate(id, "一、进一步完善制度。\n二、加强督促检查。", SITTING);
		return id;
	}

	WorkReportId opinionsSent(OrganizationId organ) {
		WorkReportId id = deliberated(organ);
		workflow().sendOpinions(id, SITTING.plusDays(5));
		return id;
	}
}
