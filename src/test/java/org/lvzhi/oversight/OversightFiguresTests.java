package org.lvzhi.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.reporting.Figure;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo world reproduces the oversight figures of the 2023 report from records. The module's
 * other tests write their records in 2024, so these stay the demo's own.
 */
@IntegrationTest
class OversightFiguresTests {

	@Autowired
	List<Figure> figures;

	@Test
	void theDemoWorldReproducesTheReportsOversightFigures() {
		Map<String, Long> expected = Map.of("special_reports", 42L, "special_inquiries", 1L, "inquiry_questioners", 41L,
				"inquiry_respondents", 39L, "satisfaction_evaluations", 1L, "evaluated_departments", 40L,
				"evaluated_key_tasks", 101L, "normative_documents_reviewed", 20L);
		expected.forEach((key, value) -> {
			Figure figure = figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
			assertThat(figure.value(2023)).as(key).isEqualTo(value);
			assertThat(figure.records(2023)).as(key).hasSize(value.intValue());
		});
	}
}
