package org.lvzhi.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.Figures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo world's 2023 petitions give the report's four figures (73 letters, 229 visiting groups,
 * 97 transferred, 11 supervised), each traceable to exactly its records, which name no petitioner.
 */
@IntegrationTest
class PetitionFigureTests {

	@Autowired
	Figures figures;

	@Test
	void theDemoYearCountsTheReportsFiguresFromRecords() {
		assertThat(value("petition_letters")).isEqualTo(73);
		assertThat(value("petition_visit_batches")).isEqualTo(229);
		assertThat(value("petitions_transferred")).isEqualTo(97);
		assertThat(value("petitions_supervised")).isEqualTo(11);
	}

	@Test
	void eachFigureListsExactlyTheRecordsItCountsByNumberAndSubject() {
		for (String key : List.of("petition_letters", "petition_visit_batches", "petitions_transferred", "petitions_supervised")) {
			Figure f = figures.find(key).orElseThrow();
			var records = f.records(2023);
			assertThat(records).as(key).hasSize((int) f.value(2023));
			assertThat(records).allSatisfy(r -> {
				assertThat(r.title()).matches("XF2023-\\d{4} .+");
				assertThat(r.publicLink()).isFalse();
			});
		}
	}

	private long value(String key) {
		return figures.find(key).orElseThrow().value(2023);
	}
}
