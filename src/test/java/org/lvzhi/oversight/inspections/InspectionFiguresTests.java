package org.lvzhi.oversight.inspections;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.lvzhi.reporting.Figures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The figures count the records of their year; each test works in a year of its own far from the
 * demo world's, so no other test's records are counted.
 */
@IntegrationTest
class InspectionFiguresTests {

	private static final int YEAR = 2041;

	@Autowired
	ApplicationContext context;
	@Autowired
	Figures figures;
	@Autowired
	RecordVisit visits;

	InspectionFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new InspectionFixture(context);
	}

	private Figure figure(String key) {
		return figures.find(key).orElseThrow();
	}

	@Test
	void inspectionFiguresComeFromTheirRecords() {
		InspectionId food = fixture.inspection(Topic.FOOD_DRUG, of(YEAR, 8, 1), List.of("校园食品安全"));
		fixture.bean(PlanInspection.class).addTeam(food, List.of(new TeamMember(TeamRole.EXPERT, null, "王专家", null),
				new TeamMember(TeamRole.MEMBER, null, "赵委员", null)));
		fixture.site(food, of(YEAR, 8, 2), "校园食品安全", "留样不足", "消毒不规范");
		fixture.site(food, of(YEAR, 8, 3), null);
		InspectionId business = fixture.inspection(Topic.BUSINESS_ENVIRONMENT, of(YEAR, 6, 1), List.of("政务服务", "要素保障", "涉企收费"));
		fixture.site(business, of(YEAR, 6, 2), "政务服务", "材料重复提交");
		visits.record(new NewVisit(VisitKind.RESEARCH, "调研测试工作", of(YEAR, 3, 1), "小店区", "测试人员", null, List.of()));
		visits.record(new NewVisit(VisitKind.FIELD_RESEARCH, "解剖式调研测试", of(YEAR, 3, 2), "迎泽区", "测试人员", null, List.of()));
		var enterprise = visits.record(new NewVisit(VisitKind.ENTERPRISE, "走访测试企业", of(YEAR, 3, 3), "晋源区", "测试人员",
				null, List.of(new NewVisit.RaisedProblem("用地手续慢", null), new NewVisit.RaisedProblem("招工难", null))));
		visits.resolve(enterprise.problems().get(0), 0, "已协调解决。", of(YEAR, 4, 1));

		assertThat(figure("inspections_and_visits").value(YEAR)).isEqualTo(3);
		assertThat(figure("field_research").value(YEAR)).isEqualTo(1);
		assertThat(figure("food_drug_inspection_deputies").value(YEAR)).isZero();
		assertThat(figure("food_drug_inspection_experts").value(YEAR)).isEqualTo(1);
		assertThat(figure("food_drug_inspection_sites").value(YEAR)).isEqualTo(2);
		assertThat(figure("food_drug_inspection_problems").value(YEAR)).isEqualTo(2);
		assertThat(figure("business_env_inspection_areas").value(YEAR)).isEqualTo(3);
		assertThat(figure("business_env_inspection_sites").value(YEAR)).isEqualTo(1);
		assertThat(figure("business_env_inspection_problems").value(YEAR)).isEqualTo(1);
		assertThat(figure("enterprise_project_visits").value(YEAR)).isEqualTo(1);
		assertThat(figure("enterprise_problems_coordinated").value(YEAR)).isEqualTo(1);
		List<FigureRecord> records = figure("food_drug_inspection_problems").records(YEAR);
		assertThat(records).extracting(FigureRecord::title).containsExactlyInAnyOrder("留样不足", "消毒不规范");
		assertThat(records.get(0).link()).startsWith("/oversight/inspections/problems/");
		assertThat(figure("inspections_and_visits").records(YEAR)).hasSize(3);
	}
}
