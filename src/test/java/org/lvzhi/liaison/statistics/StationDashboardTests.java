package org.lvzhi.liaison.statistics;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.PersonId;
import org.lvzhi.liaison.CloseOpinion;
import org.lvzhi.liaison.ForwardLevel;
import org.lvzhi.liaison.ForwardOpinion;
import org.lvzhi.liaison.LiaisonFixture;
import org.lvzhi.liaison.LiaisonSettings;
import org.lvzhi.liaison.ManageStations;
import org.lvzhi.liaison.NewOpinion;
import org.lvzhi.liaison.OpinionId;
import org.lvzhi.liaison.OpinionSource;
import org.lvzhi.liaison.ReceiveOpinion;
import org.lvzhi.liaison.ReceptionDayId;
import org.lvzhi.liaison.ReceptionDays;
import org.lvzhi.liaison.RecordAnswer;
import org.lvzhi.liaison.RecordFeedback;
import org.lvzhi.liaison.RecordReceptionDay;
import org.lvzhi.liaison.ScheduleReceptionDay;
import org.lvzhi.liaison.StationDetails;
import org.lvzhi.liaison.StationId;
import org.lvzhi.liaison.StationKind;
import org.lvzhi.liaison.TellConstituent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The dashboard's numbers for a district in a quarter nobody else uses (a far year, checked empty
 * first): reception days recorded and not, opinions in several states, in the period and outside
 * it, and a station of another district on the same days. Figures counted by hand.
 */
@IntegrationTest
class StationDashboardTests {

	@Autowired
	ApplicationContext context;

	LiaisonFixture fixture;
	int year;

	private LocalDate on(int month, int day) {
		return LocalDate.of(year, month, day);
	}

	private StationId station(String district, PersonId... deputies) {
		return fixture.bean(ManageStations.class).register(new StationDetails("看板测试站" + System.nanoTime(),
				StationKind.STATION, district, "坞城街道", "坞城路1号", "每周一上午", "站长", "0351-1234567"),
				List.of(deputies));
	}

	private void receptionDay(StationId station, LocalDate on, List<PersonId> asked, List<PersonId> present,
			int constituents) {
		ReceptionDayId day = fixture.bean(ScheduleReceptionDay.class).schedule(station, on, "9:00-11:30", "接待选民",
				asked, on.minusDays(30));
		if (present != null) {
			fixture.bean(RecordReceptionDay.class).record(day,
					fixture.bean(ReceptionDays.class).get(day).orElseThrow().version(), present, constituents, on);
		}
	}

	private OpinionId opinion(StationId station, PersonId deputy, LocalDate on, String category) {
		return fixture.bean(ReceiveOpinion.class).receive(new NewOpinion(OpinionSource.RECEPTION, station, null,
				List.of(deputy), on, "张三", "13912345678", "小区门前道路积水", "雨天出行困难", category, "坞城路")).opinion();
	}

	private void forward(OpinionId id, LocalDate on, LocalDate due) {
		fixture.bean(ForwardOpinion.class).forward(id, fixture.version(id), ForwardLevel.DISTRICT, "区住建局", due, on);
	}

	private void closeAsSolved(OpinionId id, LocalDate on, LocalDate closedOn) {
		forward(id, on, on.plusDays(30));
		fixture.bean(RecordAnswer.class).record(id, fixture.version(id), "已修补路面", on.plusDays(1));
		fixture.bean(TellConstituent.class).tell(id, fixture.version(id), "电话告知", on.plusDays(2));
		fixture.bean(RecordFeedback.class).record(id, fixture.version(id), true, null, on.plusDays(3));
		fixture.bean(CloseOpinion.class).close(id, fixture.version(id), true, closedOn);
	}

	@Test
	void theNumbersOfADistrictAreCountedOverItsRecordsInThePeriodOnly() {
		fixture = new LiaisonFixture(context);
		List<String> districts = fixture.bean(LiaisonSettings.class).districts();
		String district = districts.get(0);
		List<String> categories = fixture.bean(LiaisonSettings.class).categories();
		String roads = categories.get(0);
		String schools = categories.get(1);
		String welfare = categories.get(2);
		StationDashboard dashboard = fixture.bean(StationDashboard.class);
		for (int tries = 0;; tries++) {
			year = 2100 + (int) (System.nanoTime() % 800);
			StationDashboard.Numbers none = dashboard.numbers(on(1, 1), on(3, 31), district, on(3, 31));
			if (none.opinions() == 0 && none.visits() == 0 && none.constituents() == 0 || tries > 20) {
				break;
			}
		}
		LocalDate from = on(1, 1);
		LocalDate to = on(3, 31);
		PersonId a = fixture.deputy();
		PersonId b = fixture.deputy();
		PersonId c = fixture.deputy();
		StationId station = station(district, a, b, c);
		StationId elsewhere = station(districts.get(1), a);

		receptionDay(station, on(1, 10), List.of(a, b, c), List.of(a, b), 12);
		receptionDay(station, on(2, 5), List.of(a, b), List.of(a), 5);
		receptionDay(station, on(3, 3), List.of(a), null, 0);
		receptionDay(station, on(4, 7), List.of(a, b), List.of(a, b), 9);
		receptionDay(elsewhere, on(1, 10), List.of(a), List.of(a), 40);

		closeAsSolved(opinion(station, a, on(1, 10), roads), on(1, 10),
				on(1, 18));
		closeAsSolved(opinion(station, b, on(2, 6), roads), on(2, 6),
				on(2, 26));
		OpinionId unsolved = opinion(station, a, on(2, 8), schools);
		forward(unsolved, on(2, 8), on(3, 8));
		fixture.bean(RecordAnswer.class).record(unsolved, fixture.version(unsolved), "暂无条件", on(2, 20));
		fixture.bean(TellConstituent.class).tell(unsolved, fixture.version(unsolved), "电话告知", on(2, 21));
		fixture.bean(RecordFeedback.class).record(unsolved, fixture.version(unsolved), false, "不满意",
				on(2, 22));
		fixture.bean(CloseOpinion.class).close(unsolved, fixture.version(unsolved), false, on(2, 23));
		forward(opinion(station, b, on(2, 10), roads), on(2, 10),
				on(3, 1));
		forward(opinion(station, c, on(3, 20), roads), on(3, 20),
				on(4, 20));
		opinion(station, c, on(3, 5), schools);
		opinion(station, a, on(3, 6), welfare);
		opinion(station, a, on(4, 2), schools);
		opinion(elsewhere, a, on(2, 2), schools);

		StationDashboard.Numbers n = fixture.bean(StationDashboard.class).numbers(from, to, district, to);

		assertThat(n.visits()).isEqualTo(3);
		assertThat(n.constituents()).isEqualTo(17);
		assertThat(n.visitsByMonth()).containsExactly(entry(year + "-01", 2L), entry(year + "-02", 1L),
				entry(year + "-03", 0L));
		assertThat(n.opinions()).isEqualTo(7);
		assertThat(n.solved()).isEqualTo(2);
		assertThat(n.solveRate()).isEqualTo(100.0 * 2 / 7);
		assertThat(n.averageDaysToSolution()).isEqualTo(14.0);
		// Forwarded and due before the last day: one; the other is due after it.
		assertThat(n.overdue()).isEqualTo(1);
		assertThat(n.byCategory()).containsExactly(entry(roads, 4L), entry(schools, 2L),
				entry(welfare, 1L));
		assertThat(n.byState()).containsExactly(entry("RECEIVED", 2L), entry("FORWARDED", 2L), entry("SUGGESTION", 0L),
				entry("LEGISLATIVE", 0L), entry("ANSWERED", 0L), entry("TOLD", 0L), entry("CLOSED", 3L),
				entry("REDIRECTED", 0L), entry("REOPENED", 0L));

		// A period with nothing in it: zeros, and a month listed with none.
		StationDashboard.Numbers empty = fixture.bean(StationDashboard.class).numbers(on(6, 1), on(6, 30), district, to);
		assertThat(empty.visits()).isZero();
		assertThat(empty.constituents()).isZero();
		assertThat(empty.opinions()).isZero();
		assertThat(empty.solveRate()).isZero();
		assertThat(empty.averageDaysToSolution()).isZero();
		assertThat(empty.byCategory()).isEmpty();
		assertThat(empty.visitsByMonth()).containsExactly(entry(year + "-06", 0L));
	}
}
