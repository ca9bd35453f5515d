package org.lvzhi.dutyrecords;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.PersonId;
import org.lvzhi.liaison.CloseOpinion;
import org.lvzhi.liaison.ForwardLevel;
import org.lvzhi.liaison.ForwardOpinion;
import org.lvzhi.liaison.ManageStations;
import org.lvzhi.liaison.NewOpinion;
import org.lvzhi.liaison.OpinionCollected;
import org.lvzhi.liaison.OpinionId;
import org.lvzhi.liaison.OpinionSource;
import org.lvzhi.liaison.Opinions;
import org.lvzhi.liaison.ReceiveOpinion;
import org.lvzhi.liaison.ReceptionDayId;
import org.lvzhi.liaison.ReceptionDays;
import org.lvzhi.liaison.RecordAnswer;
import org.lvzhi.liaison.RecordFeedback;
import org.lvzhi.liaison.RecordReceptionDay;
import org.lvzhi.liaison.ReopenOpinion;
import org.lvzhi.liaison.ScheduleReceptionDay;
import org.lvzhi.liaison.StationDetails;
import org.lvzhi.liaison.StationId;
import org.lvzhi.liaison.StationKind;
import org.lvzhi.liaison.TellConstituent;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.lvzhi.suggestions.BillContent;
import org.lvzhi.suggestions.BillFiled;
import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.BillWorkflow;
import org.lvzhi.suggestions.DraftSuggestion;
import org.lvzhi.suggestions.FiledBill;
import org.lvzhi.suggestions.SubmitSuggestion;
import org.lvzhi.suggestions.SuggestionContent;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.Suggestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The duty records are derived: built from the liaison and suggestion records through their own
 * use cases, wiped and rebuilt from those records, they come out the same. Dates are in 2037, a
 * year no other test or the demo uses.
 */
@IntegrationTest
class RebuildTests {

	static final int YEAR = 2037;
	static final LocalDate ON = LocalDate.of(YEAR, 3, 10);

	@Autowired
	ApplicationContext context;
	@Autowired
	DutyRecords records;
	@Autowired
	JdbcClient jdbc;

	DutyFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new DutyFixture(context);
	}

	private <T> T use(Class<T> type) {
		return context.getBean(type);
	}

	private StationId station(PersonId... deputies) {
		return use(ManageStations.class).register(new StationDetails("履职重建测试站" + System.nanoTime(), StationKind.STATION,
				"小店区", "坞城街道", "坞城路1号", "每周一上午", "站长", "0351-1234567"), List.of(deputies));
	}

	private OpinionId opinion(StationId station, PersonId deputy, LocalDate on) {
		return use(ReceiveOpinion.class).receive(new NewOpinion(OpinionSource.RECEPTION, station, null, List.of(deputy),
				on, "张三", "13912345678", "小区门前道路积水", "雨天出行困难", "城市建设", "坞城路")).opinion();
	}

	private int version(OpinionId id) {
		return use(Opinions.class).get(id).orElseThrow().version();
	}

	/** Forwarded, answered, told, the constituent satisfied, then closed as solved. */
	private void closeAsSolved(OpinionId id, LocalDate on) {
		use(ForwardOpinion.class).forward(id, version(id), ForwardLevel.DISTRICT, "区住建局", on.plusDays(30), on);
		use(RecordAnswer.class).record(id, version(id), "已修补路面", on.plusDays(5));
		use(TellConstituent.class).tell(id, version(id), "电话告知", on.plusDays(6));
		use(RecordFeedback.class).record(id, version(id), true, null, on.plusDays(7));
		use(CloseOpinion.class).close(id, version(id), true, on.plusDays(8));
	}

	private List<DutyEntry> linesOf(PersonId deputy, DutyKind kind) {
		return records.entriesOf(deputy, DutyRecords.yearStart(YEAR), DutyRecords.yearEnd(YEAR), EnumSet.of(kind));
	}

	private List<FigureRecord> solvedFigureRecords() {
		Figure figure = context.getBeansOfType(Figure.class).values().stream()
			.filter(f -> f.key().equals("station_problems_solved")).findFirst().orElseThrow();
		return figure.records(YEAR);
	}

	@Test
	void anOpinionClosedAsSolvedCountsOnceInTheRecordAndTheFigureAndReopeningTakesItBackFromBoth() {
		PersonId deputy = fixture.deputy();
		StationId station = station(deputy);
		OpinionId id = opinion(station, deputy, ON);
		String rid = String.valueOf(id.value());

		closeAsSolved(id, ON);
		assertThat(linesOf(deputy, DutyKind.PROBLEM_SOLVED)).singleElement().satisfies(e -> {
			assertThat(e.sourceId()).isEqualTo(id.value());
			assertThat(e.occurredOn()).isEqualTo(ON.plusDays(8));
			assertThat(e.title()).isEqualTo("小区门前道路积水");
		});
		assertThat(linesOf(deputy, DutyKind.OPINION_HANDLED)).hasSize(1);
		assertThat(solvedFigureRecords()).filteredOn(r -> r.id().equals(rid)).hasSize(1);

		use(ReopenOpinion.class).reopen(id, version(id), "群众反映问题未解决", ON.plusDays(10));
		assertThat(linesOf(deputy, DutyKind.PROBLEM_SOLVED)).isEmpty();
		assertThat(linesOf(deputy, DutyKind.OPINION_HANDLED)).isEmpty();
		assertThat(solvedFigureRecords()).filteredOn(r -> r.id().equals(rid)).isEmpty();
		// Still one opinion collected, whatever happens to its closing.
		assertThat(linesOf(deputy, DutyKind.OPINION_COLLECTED)).hasSize(1);

		// Solved in a second round: again once in both, on the new closing day.
		closeAsSolved(id, ON.plusDays(11));
		assertThat(linesOf(deputy, DutyKind.PROBLEM_SOLVED)).singleElement()
			.satisfies(e -> assertThat(e.occurredOn()).isEqualTo(ON.plusDays(19)));
		assertThat(solvedFigureRecords()).filteredOn(r -> r.id().equals(rid)).singleElement()
			.satisfies(r -> assertThat(r.date()).isEqualTo(ON.plusDays(19)));
	}

	@Test
	void wipedAndRebuiltFromTheSourceRecordsTheEntriesAreTheSame() {
		List<PersonId> deputies = fixture.deputies(3);
		PersonId a = deputies.get(0);
		PersonId b = deputies.get(1);
		PersonId c = deputies.get(2);
		StationId station = station(a, b);

		ReceptionDayId day = use(ScheduleReceptionDay.class).schedule(station, ON, "9:00-11:30", "接待选民",
				List.of(a, b), ON.minusDays(30));
		use(RecordReceptionDay.class).record(day, use(ReceptionDays.class).get(day).orElseThrow().version(),
				List.of(a, b), 17, ON);
		OpinionId solved = opinion(station, a, ON);
		closeAsSolved(solved, ON);
		OpinionId reopened = opinion(station, b, ON);
		closeAsSolved(reopened, ON);
		use(ReopenOpinion.class).reopen(reopened, version(reopened), "群众反映问题未解决", ON.plusDays(12));
		opinion(station, b, ON.plusDays(1));
		SuggestionId suggestion = use(DraftSuggestion.class).draft(c,
				new SuggestionContent("关于增设社区养老服务站的建议", "建议内容", "城乡建设", YEAR), List.of(a), ON);
		use(SubmitSuggestion.class).submit(suggestion, use(Suggestions.class).get(suggestion).orElseThrow().version(),
				c, ON);
		// A line whose source record does not exist: the rebuild must not bring it back.
		fixture.publish(new OpinionCollected(DutyFixture.opinion(), null, List.of(c), ON, "并无此意见"));

		List<List<String>> before = deputies.stream().map(this::everyLine).toList();
		assertThat(before.get(2)).anyMatch(l -> l.contains("并无此意见"));

		use(RebuildDutyRecords.class).rebuild();

		List<List<String>> after = deputies.stream().map(this::everyLine).toList();
		assertThat(after.get(0)).isEqualTo(before.get(0));
		assertThat(after.get(1)).isEqualTo(before.get(1));
		assertThat(after.get(2)).isEqualTo(before.get(2).stream().filter(l -> !l.contains("并无此意见")).toList());
		assertThat(after.get(0)).anyMatch(l -> l.startsWith("PROBLEM_SOLVED"));
		assertThat(after.get(0)).anyMatch(l -> l.startsWith("SUGGESTION_CO_SIGNED"));
		assertThat(after.get(1)).noneMatch(l -> l.startsWith("PROBLEM_SOLVED"));
		assertThat(after.get(1)).anyMatch(l -> l.startsWith("CONSTITUENTS_RECEIVED") && l.contains("|17|"));
		assertThat(after.get(2)).anyMatch(l -> l.startsWith("SUGGESTION_LED"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'dutyrecords.rebuilt'").query(Long.class)
			.single()).isPositive();
	}

	/**
	 * Bills filed, one of them turned into a suggestion, one with a deputy who was asked but never
	 * signed, and a draft never filed: the lines the live events wrote, bills included, come back
	 * exactly; a bill line without a bill does not.
	 */
	@Test
	void billLinesAreRebuiltFromTheBillsFiledWithTheirSigners() {
		List<PersonId> deputies = fixture.deputies(12);
		PersonId lead = deputies.get(0);
		PersonId unsigned = deputies.get(10);
		PersonId drafter = deputies.get(11);
		BillWorkflow bills = use(BillWorkflow.class);

		List<PersonId> asked = new ArrayList<>(deputies.subList(1, 10));
		asked.add(unsigned);
		BillId kept = bills.draft(lead, new BillContent("关于制定《太原市社区养老服务条例》的议案", "案由", "方案", YEAR), asked,
				ON.minusDays(3));
		deputies.subList(1, 10).forEach(p -> bills.sign(kept, p, ON.minusDays(1)));
		bills.file(kept, lead, ON);

		PersonId convertedLead = deputies.get(5);
		List<PersonId> convertedSigners = deputies.stream().filter(p -> !p.equals(convertedLead) && !p.equals(drafter))
			.limit(9).toList();
		BillId converted = bills.draft(convertedLead, new BillContent("关于修改《太原市物业管理条例》的议案", "案由", "方案", YEAR),
				convertedSigners, ON.minusDays(2));
		convertedSigners.forEach(p -> bills.sign(converted, p, ON.minusDays(1)));
		bills.file(converted, convertedLead, ON.plusDays(1));
		bills.convert(converted, "城乡建设", null, ON.plusDays(3));

		bills.draft(drafter, new BillContent("关于制定《太原市历史街区保护条例》的议案", "案由", "方案", YEAR), List.of(lead),
				ON);
		// A bill line whose bill does not exist: the rebuild must not bring it back.
		fixture.publish(new BillFiled(new BillId(DutyFixture.sourceId()), YEAR + "-议-99", "并无此议案", YEAR, ON, drafter,
				List.of(lead)));

		List<List<String>> before = deputies.stream().map(this::everyLine).toList();
		assertThat(before.get(0)).filteredOn(l -> l.startsWith("BILL_LED")).singleElement()
			.satisfies(l -> assertThat(l).contains("|" + kept.value() + "|", "社区养老"));
		// Co-signed the converted bill, and named on the line without a bill.
		assertThat(before.get(0)).filteredOn(l -> l.startsWith("BILL_CO_SIGNED")).hasSize(2);
		assertThat(before.get(5)).filteredOn(l -> l.startsWith("BILL_LED")).singleElement()
			.satisfies(l -> assertThat(l).contains("|" + converted.value() + "|"));
		assertThat(before.get(5)).noneMatch(l -> l.startsWith("SUGGESTION_"));
		// Asked to sign the first bill but never did.
		assertThat(before.get(10)).isEmpty();
		assertThat(before.get(11)).singleElement().satisfies(l -> assertThat(l).contains("并无此议案"));

		use(RebuildDutyRecords.class).rebuild();

		List<List<String>> after = deputies.stream().map(this::everyLine).toList();
		for (int i = 0; i < deputies.size(); i++) {
			assertThat(after.get(i)).as("deputy %d", i)
				.isEqualTo(before.get(i).stream().filter(l -> !l.contains("并无此议案")).toList());
		}
		assertThat(after.get(11)).isEmpty();
		assertThat(after.get(0)).anyMatch(l -> l.startsWith("BILL_LED"));
	}

	@Test
	void billsFiledAreReadInKeysetPagesWithinAPeriod() {
		List<PersonId> deputies = fixture.deputies(11);
		BillWorkflow bills = use(BillWorkflow.class);
		LocalDate day = LocalDate.of(YEAR, 6, 1).plusDays(System.nanoTime() % 150);
		List<BillId> filed = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			BillId id = bills.draft(deputies.get(0), new BillContent("关于分页读取议案的测试议案" + i, "案由", "方案", YEAR),
					deputies.subList(1, 11), day.minusDays(2));
			// The last deputy asked never signs.
			deputies.subList(1, 10).forEach(p -> bills.sign(id, p, day.minusDays(1)));
			bills.file(id, deputies.get(0), day);
			filed.add(id);
		}

		List<FiledBill> read = new ArrayList<>();
		BillId after = null;
		for (List<FiledBill> page; !(page = use(Suggestions.class).billsFiled(day, day, after, 1)).isEmpty();) {
			assertThat(page).hasSize(1);
			read.addAll(page);
			after = page.getLast().id();
		}
		List<FiledBill> mine = read.stream().filter(b -> filed.contains(b.id())).toList();
		assertThat(mine).extracting(FiledBill::id).containsExactlyElementsOf(filed);
		assertThat(mine).allSatisfy(b -> {
			assertThat(b.leadDeputy()).isEqualTo(deputies.get(0));
			assertThat(b.coSigners()).containsExactlyElementsOf(deputies.subList(1, 10));
			assertThat(b.filedOn()).isEqualTo(day);
			assertThat(b.number()).startsWith(YEAR + "-议-");
		});
		assertThat(use(Suggestions.class).billsFiled(day.plusDays(1), null, null, 1000)).extracting(FiledBill::id)
			.doesNotContainAnyElementsOf(filed);
	}

	/** Everything a line says except its row ID, in a stable order. */
	private List<String> everyLine(PersonId deputy) {
		return records.entriesOf(deputy, DutyRecords.yearStart(YEAR), DutyRecords.yearEnd(YEAR), EnumSet.allOf(DutyKind.class))
			.stream()
			.map(e -> String.join("|", e.kind().name(), String.valueOf(e.occurredOn()), String.valueOf(e.quantity()),
					e.sourceModule(), e.sourceType(), String.valueOf(e.sourceId()), String.valueOf(e.reference()),
					String.valueOf(e.title())))
			.sorted(Comparator.naturalOrder())
			.toList();
	}
}
