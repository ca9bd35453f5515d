package org.lvzhi.oversight.inspections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.reporting.Figures;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo world's 2023 inspections reproduce the work report's figures from their records. */
@IntegrationTest
class DemoInspectionsTests {

	@Autowired
	Figures figures;
	@Autowired
	Inspections inspections;

	@Test
	void theReportFiguresOf2023ComeOutOfTheDemoRecords() {
		Map<String, Long> expected = Map.ofEntries(Map.entry("inspections_and_visits", 82L),
				Map.entry("field_research", 36L), Map.entry("food_drug_inspection_deputies", 130L),
				Map.entry("food_drug_inspection_experts", 40L), Map.entry("food_drug_inspection_sites", 133L),
				Map.entry("food_drug_inspection_problems", 281L), Map.entry("business_env_inspection_areas", 7L),
				Map.entry("business_env_inspection_sites", 190L), Map.entry("business_env_inspection_problems", 381L),
				Map.entry("enterprise_project_visits", 34L), Map.entry("enterprise_problems_coordinated", 26L));
		expected.forEach((key, value) -> {
			var figure = figures.find(key).orElseThrow();
			assertThat(figure.value(2023)).as(key).isEqualTo(value);
			assertThat(figure.records(2023)).as(key).hasSize(value.intValue());
		});
		assertThat(inspections.list(2023)).extracting(InspectionViews.InspectionRow::title)
			.contains("《山西省优化营商环境条例》执法检查", "《中华人民共和国食品安全法》《中华人民共和国药品管理法》执法检查");
	}
}
