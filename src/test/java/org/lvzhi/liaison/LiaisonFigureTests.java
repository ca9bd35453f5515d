package org.lvzhi.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.PersonId;
import org.lvzhi.reporting.FigureRecord;
import org.lvzhi.reporting.Figures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The figures count this test's own records of 2032 (no other test writes that year), and the
 * bulk use case publishes the same events as the moves one by one.
 */
@IntegrationTest
@RecordApplicationEvents
class LiaisonFigureTests {

	static final LocalDate ON = LocalDate.of(2032, 4, 8);

	@Autowired
	ApplicationContext context;
	@Autowired
	Figures figures;
	@Autowired
	ApplicationEvents events;

	@Test
	void theFiguresCountVisitsConstituentsOpinionsAndOnlyOpinionsClosedAsSolved() {
		LiaisonFixture fixture = new LiaisonFixture(context);
		PersonId a = fixture.deputy();
		PersonId b = fixture.deputy();
		PersonId absent = fixture.deputy();
		StationId station = fixture.station(a, b, absent);
		NewOpinion raised = new NewOpinion(OpinionSource.RECEPTION, null, null, List.of(), ON, "李四", "13800000000",
				"供暖温度不达标", null, "供暖供气", "某小区");
		PastRecords.Step onSpot = PastRecords.Step.of(PastRecords.Move.ANSWER_ON_SPOT, ON, "当场联系供热公司");
		List<PastRecords.Step> unsolved = List.of(
				new PastRecords.Step(PastRecords.Move.FORWARD, ON, "市供热管理中心", ForwardLevel.CITY, ON.plusDays(30), false),
				PastRecords.Step.of(PastRecords.Move.RECORD_ANSWER, ON.plusDays(10), "已检修"),
				PastRecords.Step.of(PastRecords.Move.TELL, ON.plusDays(11), null),
				new PastRecords.Step(PastRecords.Move.CLOSE, ON.plusDays(12), null, null, null, false));
		List<PastRecords.Step> solvedThenReopened = List.of(onSpot,
				PastRecords.Step.of(PastRecords.Move.REOPEN, ON.plusDays(5), "反弹"));
		PastRecords.Day day = new PastRecords.Day(station, ON.minusDays(5), ON, "09:00", "接待", List.of(a, b, absent),
				List.of(a, b), 9, List.of(new PastRecords.PastOpinion(raised, List.of(onSpot)),
						new PastRecords.PastOpinion(raised, unsolved),
						new PastRecords.PastOpinion(raised, solvedThenReopened)));
		NewOpinion online = new NewOpinion(OpinionSource.ONLINE, station, null, List.of(), ON.plusDays(1), null, null,
				"停车难", null, "交通出行", null);
		int written = fixture.bean(RecordPastReceptions.class).record(List.of(day),
				List.of(new PastRecords.PastOpinion(online, List.of())));
		assertThat(written).isEqualTo(4);

		assertThat(figures.find("station_deputy_visits").orElseThrow().value(2032)).isEqualTo(2);
		assertThat(figures.find("station_constituents_received").orElseThrow().value(2032)).isEqualTo(9);
		assertThat(figures.find("station_opinions_collected").orElseThrow().value(2032)).isEqualTo(4);
		assertThat(figures.find("station_problems_solved").orElseThrow().value(2032)).isEqualTo(1);
		List<FigureRecord> solved = figures.find("station_problems_solved").orElseThrow().records(2032);
		assertThat(solved).singleElement().satisfies(r -> {
			assertThat(r.title()).isEqualTo("供暖温度不达标").doesNotContain("李四");
			assertThat(r.date()).isEqualTo(ON);
		});
		assertThat(figures.find("station_deputy_visits").orElseThrow().records(2032)).hasSize(2);
		assertThat(figures.find("station_constituents_received").orElseThrow().records(2032)).hasSize(9);

		assertThat(events.stream(ReceptionDayRecorded.class).filter(e -> e.station().equals(station))).singleElement()
			.satisfies(e -> {
				assertThat(e.deputiesPresent()).containsExactlyInAnyOrder(a, b);
				assertThat(e.constituentsReceived()).isEqualTo(9);
			});
		assertThat(events.stream(OpinionCollected.class).filter(e -> station.equals(e.station()))).hasSize(4)
			.allSatisfy(e -> assertThat(e.subject()).doesNotContain("李四"));
		assertThat(events.stream(OpinionClosed.class).filter(e -> e.deputies().contains(a))).hasSize(3)
			.extracting(OpinionClosed::solved).containsExactlyInAnyOrder(true, false, true);
		assertThat(events.stream(OpinionReopened.class).filter(e -> e.reopenedOn().equals(ON.plusDays(5)))).isNotEmpty();
	}

	@Test
	void modelStationFiguresCountSurveyVisitsAndStandingDesignations() {
		LiaisonFixture fixture = new LiaisonFixture(context);
		ModelStations models = fixture.bean(ModelStations.class);
		StationId one = fixture.station(fixture.deputy());
		StationId two = fixture.station(fixture.deputy());
		LocalDate on = LocalDate.of(2033, 5, 1);
		models.recordSurveyVisit(one, on, "阵地规范", "tester");
		models.recordSurveyVisit(one, on.plusDays(1), "复访", "tester");
		models.recordSurveyVisit(two, on, "场地偏小", "tester");
		long first = models.apply(one, "申请", on);
		long second = models.apply(two, "申请", on);
		java.util.Map<String, Integer> scores = new java.util.HashMap<>();
		fixture.bean(LiaisonSettings.class).criteria().forEach(c -> scores.put(c, 18));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> models.designate(first, 0, on))
			.isInstanceOf(LiaisonException.class);
		models.score(first, "甲", scores);
		models.score(second, "甲", scores);
		models.designate(first, 0, on.plusMonths(3));
		models.designate(second, 0, on.plusMonths(3));
		models.withdraw(second, 1, "复核不合格", on.plusMonths(6));
		assertThat(figures.find("stations_visited").orElseThrow().value(2033)).isEqualTo(2);
		assertThat(figures.find("counties_visited_for_stations").orElseThrow().value(2033)).isEqualTo(1);
		assertThat(figures.find("model_stations").orElseThrow().value(2033)).isEqualTo(1);
		assertThat(fixture.get(one).model()).isTrue();
		assertThat(fixture.get(two).model()).isFalse();
	}
}
