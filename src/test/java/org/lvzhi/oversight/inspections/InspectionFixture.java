package org.lvzhi.oversight.inspections;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.springframework.context.ApplicationContext;

/** Fresh inspections, sites and units for each test, so that tests sharing one database never meet. */
class InspectionFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final ApplicationContext context;

	InspectionFixture(ApplicationContext context) {
		this.context = context;
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	OrganizationId unit() {
		return bean(CreateOrganization.class).create(new OrganizationDetails("测试责任单位" + System.nanoTime()
				+ SEQUENCE.incrementAndGet(), Classification.GOVERNMENT_DEPARTMENT, null, null, null, null, null, null));
	}

	InspectionId inspection(Topic topic, LocalDate start, List<String> areas) {
		return bean(PlanInspection.class).plan(new NewInspection("测试执法检查" + SEQUENCE.incrementAndGet(), "测试条例", null,
				topic, "财政经济委员会", start, areas));
	}

	List<ProblemId> site(InspectionId inspection, LocalDate on, String area, String... problems) {
		return bean(RecordSite.class).record(inspection, new NewSite("测试点位" + SEQUENCE.incrementAndGet(), "小店区",
				"太原市小店区长风街1号", on, SiteMode.UNANNOUNCED, area, null,
				java.util.Arrays.stream(problems).map(p -> new NewSite.NewProblem(p, "第十条")).toList())).problems();
	}

	Problem problem(ProblemId id) {
		return bean(Inspections.class).problemRecord(id).orElseThrow();
	}
}
