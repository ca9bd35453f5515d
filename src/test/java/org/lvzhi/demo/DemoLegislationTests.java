package org.lvzhi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.reporting.Figure;
import org.springframework.beans.factory.annotation.Autowired;

/** The legislation figures of the 2023 report come out of the demo world's records. */
@IntegrationTest
class DemoLegislationTests {

	@Autowired
	List<Figure> figures;

	long value(String key) {
		return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value(2023);
	}

	@Test
	void theReportFiguresOf2023() {
		assertThat(value("regulations_passed")).isEqualTo(3);
		assertThat(figures.stream().filter(f -> f.key().equals("regulations_passed")).findFirst().orElseThrow().records(2023))
			.extracting(r -> r.title())
			.containsExactly("太原市大数据发展促进条例", "太原市体育发展条例", "太原市消防条例");
		assertThat(value("legislative_symposia")).isEqualTo(26);
		assertThat(value("legislative_research")).isEqualTo(20);
		// The report says "over 400" (400余条): the demo has 437, and the figure counts every one.
		assertThat(value("legislative_comments")).isEqualTo(TaiyuanLegislation.COMMENTS).isBetween(401L, 499L);
		assertThat(value("legislative_contact_points")).isEqualTo(24);
		assertThat(value("liaison_officers")).isEqualTo(104);
		assertThat(value("consultation_pool_grassroots_share")).isEqualTo(70);
	}
}
