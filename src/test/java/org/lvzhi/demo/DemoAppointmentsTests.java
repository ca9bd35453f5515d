package org.lvzhi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.reporting.Figure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo world's appointments of 2023: 125 person-times before the 9 sittings, each person an item
 * of the sitting's agenda; once the sittings have voted on them, the figure counts the 125 from the
 * records, each published in the list of its sitting with letters and oaths for the appointed.
 */
@IntegrationTest
class DemoAppointmentsTests {

	@Autowired
	JdbcClient jdbc;
	@Autowired
	List<Figure> figures;

	@Test
	void onehundredAndTwentyFivePersonTimesComeBeforeTheNineSittingsOf2023() {
		assertThat(IntStream.of(TaiyuanAppointments.PER_SITTING).sum()).isEqualTo(125);
		Map<LocalDate, Long> perDay = jdbc.sql("""
				SELECT m.sitting_day FROM appointments_nomination n JOIN appointments_motion m ON m.id = n.motion_id
				WHERE m.sitting_day BETWEEN ? AND ?""").params(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))
			.query(LocalDate.class).list().stream().collect(Collectors.groupingBy(d -> d, Collectors.counting()));
		assertThat(perDay.keySet()).containsExactlyInAnyOrderElementsOf(TaiyuanOversight.SITTINGS);
		for (int i = 0; i < TaiyuanOversight.SITTINGS.size(); i++) {
			assertThat(perDay.get(TaiyuanOversight.SITTINGS.get(i))).as("sitting %d", i)
				.isEqualTo(TaiyuanAppointments.PER_SITTING[i]);
		}
		List<String> kinds = jdbc.sql("SELECT DISTINCT kind FROM appointments_nomination n JOIN appointments_motion m ON m.id = n.motion_id WHERE m.sitting_day BETWEEN ? AND ?")
			.params(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).query(String.class).list();
		assertThat(kinds).containsExactlyInAnyOrder("APPOINT", "REMOVE", "DISMISS", "RESIGNATION", "ACTING");
		int onAgendas = jdbc.sql("SELECT COUNT(*) FROM meetings_agenda_item WHERE link LIKE '/appointments/nominations/%'")
			.query(Integer.class).single();
		assertThat(onAgendas).as("each person an item of the sitting's agenda").isGreaterThanOrEqualTo(125);
	}

	@Test
	void theFigureCountsTheHundredAndTwentyFivePersonTimesOnceTheSittingsHaveVoted() {
		int voted = jdbc.sql("""
				SELECT COUNT(*) FROM appointments_nomination n JOIN appointments_motion m ON m.id = n.motion_id
				WHERE m.sitting_day BETWEEN ? AND ? AND n.state <> 'PENDING'""")
			.params(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).query(Integer.class).single();
		Assumptions.assumeTrue(voted > 0, "the meetings' demo part does not vote on the appointments yet");
		Figure figure = figures.stream().filter(f -> f.key().equals("appointments")).findFirst().orElseThrow();
		assertThat(figure.value(2023)).isEqualTo(125);
		assertThat(figure.records(2023)).hasSize(125)
			.allSatisfy(r -> assertThat(r.link()).startsWith("/public/appointments/2023-"));
		int lettersMissing = jdbc.sql("""
				SELECT COUNT(*) FROM appointments_nomination n JOIN appointments_motion m ON m.id = n.motion_id
				WHERE m.sitting_day BETWEEN ? AND ? AND n.state = 'PASSED' AND n.kind IN ('APPOINT', 'ACTING')
				AND (n.letter_number IS NULL OR n.oath_on IS NULL)""")
			.params(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).query(Integer.class).single();
		assertThat(lettersMissing).isZero();
	}
}
