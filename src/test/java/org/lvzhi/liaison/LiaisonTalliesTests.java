package org.lvzhi.liaison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The station dashboard's summaries always equal a full recount of the opinions and reception days:
 * after the demo world's load, after random moves through the use cases (receipt, every step of an
 * opinion's way, reception days recorded and corrected, stations moved to another district), and
 * after concurrent receipts into the same cells.
 */
@IntegrationTest
class LiaisonTalliesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	/** The recount by GROUP BY over the base tables, in the summaries' cells; empty cells left out. */
	static final String OPINION_RECOUNT = """
			SELECT span, district, period, category, state, SUM(n), SUM(solved), SUM(solved_days) FROM (
			  SELECT x.span, CASE WHEN x.country = 1 THEN '*' ELSE COALESCE(s.district, '') END AS district,
			    CASE WHEN x.span = 'D' THEN o.received_on
			         ELSE CAST(DATE_TRUNC('month', CAST(o.received_on AS TIMESTAMP)) AS DATE) END AS period,
			    o.category, o.state, 1 AS n,
			    CASE WHEN o.state = 'CLOSED' AND o.solved = TRUE THEN 1 ELSE 0 END AS solved,
			    CASE WHEN o.state = 'CLOSED' AND o.solved = TRUE THEN CAST(o.closed_on - o.received_on AS INTEGER)
			         ELSE 0 END AS solved_days
			  FROM liaison_opinion o LEFT JOIN liaison_station s ON s.id = o.station_id
			  CROSS JOIN (SELECT 'D' AS span, 0 AS country UNION ALL SELECT 'D', 1 UNION ALL SELECT 'M', 0
			              UNION ALL SELECT 'M', 1) x
			) r GROUP BY span, district, period, category, state""";

	static final String OPINION_TALLY = """
			SELECT span, district, period, category, state, opinions, solved, solved_days FROM liaison_opinion_tally
			WHERE opinions <> 0 OR solved <> 0 OR solved_days <> 0""";

	static final String DAY_RECOUNT = """
			SELECT span, district, period, SUM(visits), SUM(constituents) FROM (
			  SELECT x.span, CASE WHEN x.country = 1 THEN '*' ELSE s.district END AS district,
			    CASE WHEN x.span = 'D' THEN d.held_on
			         ELSE CAST(DATE_TRUNC('month', CAST(d.held_on AS TIMESTAMP)) AS DATE) END AS period,
			    (SELECT COUNT(*) FROM liaison_reception_deputy rd WHERE rd.day_id = d.id AND rd.present = TRUE) AS visits,
			    d.constituents_received AS constituents
			  FROM liaison_reception_day d JOIN liaison_station s ON s.id = d.station_id
			  CROSS JOIN (SELECT 'D' AS span, 0 AS country UNION ALL SELECT 'D', 1 UNION ALL SELECT 'M', 0
			              UNION ALL SELECT 'M', 1) x
			  WHERE d.state = 'RECORDED'
			) r GROUP BY span, district, period HAVING SUM(visits) <> 0 OR SUM(constituents) <> 0""";

	static final String DAY_TALLY = """
			SELECT span, district, period, visits, constituents FROM liaison_reception_tally
			WHERE visits <> 0 OR constituents <> 0""";

	private Map<String, String> rows(String sql) {
		Map<String, String> rows = new TreeMap<>();
		jdbc.sql(sql).query((java.sql.ResultSet rs) -> {
			int n = rs.getMetaData().getColumnCount();
			int keys = n == 8 ? 5 : 3;
			StringBuilder key = new StringBuilder();
			StringBuilder value = new StringBuilder();
			for (int i = 1; i <= n; i++) {
				(i <= keys ? key : value).append(i <= keys ? rs.getString(i) : String.valueOf(rs.getLong(i))).append('|');
			}
			rows.put(key.toString(), value.toString());
		});
		return rows;
	}

	private void assertSummariesEqualRecount() {
		assertThat(rows(OPINION_TALLY)).isEqualTo(rows(OPINION_RECOUNT));
		assertThat(rows(DAY_TALLY)).isEqualTo(rows(DAY_RECOUNT));
	}

	@Test
	void theSummariesEqualARecountAfterRandomWrites() {
		assertSummariesEqualRecount();
		LiaisonFixture fixture = new LiaisonFixture(context);
		List<String> districts = fixture.bean(LiaisonSettings.class).districts();
		List<String> categories = fixture.bean(LiaisonSettings.class).categories();
		SplittableRandom random = new SplittableRandom(2026);
		int year = 2600 + random.nextInt(300);
		PersonId a = fixture.deputy();
		PersonId b = fixture.deputy();
		List<StationId> stations = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			stations.add(fixture.bean(ManageStations.class).register(new StationDetails("汇总测试站" + System.nanoTime(),
					StationKind.STATION, districts.get(i % 2), "坞城街道", "坞城路1号", "每周一上午", "站长", "0351-1234567"),
					List.of(a, b)));
		}
		List<OpinionId> opinions = new ArrayList<>();
		for (int step = 0; step < 150; step++) {
			LocalDate on = LocalDate.of(year, 1 + random.nextInt(3), 1 + random.nextInt(28));
			StationId station = stations.get(random.nextInt(stations.size()));
			int move = opinions.isEmpty() ? 0 : random.nextInt(14);
			OpinionId id = opinions.isEmpty() ? null : opinions.get(random.nextInt(opinions.size()));
			try {
				switch (move) {
					case 0, 1, 2 -> opinions.add(fixture.bean(ReceiveOpinion.class).receive(new NewOpinion(
							OpinionSource.RECEPTION, station, null, List.of(a), on, "张三", "13912345678", "汇总测试意见",
							"正文", categories.get(random.nextInt(3)), "坞城路")).opinion());
					case 3 -> fixture.bean(ForwardOpinion.class).forward(id, fixture.version(id), ForwardLevel.DISTRICT,
							"区住建局", on.plusDays(random.nextInt(60)), on);
					case 4 -> fixture.bean(RecordAnswer.class).record(id, fixture.version(id), "已答复", on);
					case 5 -> fixture.bean(TellConstituent.class).tell(id, fixture.version(id), "电话告知", on);
					case 6 -> fixture.bean(CloseOpinion.class).close(id, fixture.version(id), random.nextBoolean(),
							on.plusDays(random.nextInt(40)));
					case 7 -> fixture.bean(RedirectOpinion.class).redirect(id, fixture.version(id), "非本站事项", on);
					case 8 -> fixture.bean(ReopenOpinion.class).reopen(id, fixture.version(id), "群众不满意", on);
					case 9 -> fixture.bean(AnswerOnSpot.class).answer(id, fixture.version(id), "当场答复", on);
					case 10 -> {
						ReceptionDayId day = fixture.bean(ScheduleReceptionDay.class).schedule(station, on, "9:00-11:30",
								"接待选民", List.of(a, b), on.minusDays(30));
						fixture.bean(RecordReceptionDay.class).record(day,
								fixture.bean(ReceptionDays.class).get(day).orElseThrow().version(),
								random.nextBoolean() ? List.of(a) : List.of(a, b), random.nextInt(20), on);
						if (random.nextBoolean()) {
							fixture.bean(RecordReceptionDay.class).record(day,
									fixture.bean(ReceptionDays.class).get(day).orElseThrow().version(), List.of(b),
									random.nextInt(20), on);
						}
					}
					case 11 -> {
						Station s = fixture.get(station);
						fixture.bean(ManageStations.class).edit(station, s.version(), new StationDetails(s.name(), s.kind(),
								districts.get(random.nextInt(3)), s.street(), s.address(), s.openingRules(),
								s.contactName(), s.contactPhone()));
					}
					default -> fixture.bean(RecordFeedback.class).record(id, fixture.version(id), random.nextBoolean(),
							"回访", on);
				}
			}
			catch (LiaisonException | IllegalStateException | IllegalArgumentException e) {
				// A move the opinion's state does not allow: rejected with nothing written.
			}
		}
		assertThat(opinions).hasSizeGreaterThan(20);
		assertSummariesEqualRecount();
	}

	@Test
	void concurrentReceiptsIntoTheSameCellsLoseNoCount() throws Exception {
		LiaisonFixture fixture = new LiaisonFixture(context);
		String district = fixture.bean(LiaisonSettings.class).districts().get(0);
		String category = fixture.bean(LiaisonSettings.class).categories().get(0);
		PersonId a = fixture.deputy();
		StationId station = fixture.bean(ManageStations.class).register(new StationDetails("并发测试站" + System.nanoTime(),
				StationKind.STATION, district, "坞城街道", "坞城路1号", "每周一上午", "站长", "0351-1234567"), List.of(a));
		// A day nobody else uses, so that the first receipts race to create its cells.
		LocalDate on = LocalDate.of(2950 + (int) (System.nanoTime() % 40), 6, 15);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				done.add(pool.submit(() -> {
					for (int i = 0; i < 10; i++) {
						fixture.bean(ReceiveOpinion.class).receive(new NewOpinion(OpinionSource.RECEPTION, station, null,
								List.of(a), on, "李四", "13912345678", "并发测试意见", "正文", category, "坞城路"));
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT opinions FROM liaison_opinion_tally WHERE span = 'D' AND district = '*'"
				+ " AND period = :on AND category = :c AND state = 'RECEIVED'").param("on", on).param("c", category)
			.query(Long.class).single()).isEqualTo(40L);
		assertSummariesEqualRecount();
	}
}
