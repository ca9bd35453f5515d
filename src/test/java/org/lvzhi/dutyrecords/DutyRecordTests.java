package org.lvzhi.dutyrecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.PersonId;
import org.lvzhi.liaison.OpinionClosed;
import org.lvzhi.liaison.OpinionCollected;
import org.lvzhi.liaison.OpinionId;
import org.lvzhi.liaison.OpinionReopened;
import org.lvzhi.liaison.ReceptionDayId;
import org.lvzhi.liaison.ReceptionDayRecorded;
import org.lvzhi.liaison.StationId;
import org.lvzhi.platform.Page;
import org.lvzhi.suggestions.BillContent;
import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.BillWorkflow;
import org.lvzhi.suggestions.DraftSuggestion;
import org.lvzhi.suggestions.RejectSuggestion;
import org.lvzhi.suggestions.SubmitSuggestion;
import org.lvzhi.suggestions.SuggestionContent;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.Suggestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** Each deputy's record is built from the other modules' events, once, and follows their corrections. */
@IntegrationTest
class DutyRecordTests {

	static final LocalDate DAY = LocalDate.of(2023, 4, 15);

	@Autowired
	ApplicationContext context;
	@Autowired
	DutyRecords records;
	@Autowired
	TransactionTemplate tx;

	DutyFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new DutyFixture(context);
	}

	private static ReceptionDayRecorded reception(ReceptionDayId day, StationId station, List<PersonId> present, int received) {
		return new ReceptionDayRecorded(day, station, "小店区坞城街道代表联络站", DAY, present, received);
	}

	@Test
	void aReceptionDayCountsAVisitAndTheConstituentsForEachDeputyPresent() {
		List<PersonId> deputies = fixture.deputies(2);
		fixture.publish(reception(DutyFixture.day(), DutyFixture.station(), deputies, 12));

		for (PersonId d : deputies) {
			DutyTotals t = fixture.totals(d);
			assertThat(t.of(DutyKind.STATION_VISIT)).isEqualTo(1);
			assertThat(t.of(DutyKind.CONSTITUENTS_RECEIVED)).isEqualTo(12);
		}
		Page<DutyEntry> lines = records.entries(deputies.get(0), DAY, DAY, DutyKind.STATION_VISIT, 1, 20);
		assertThat(lines.items()).singleElement().satisfies(e -> {
			assertThat(e.title()).isEqualTo("小店区坞城街道代表联络站");
			assertThat(e.sourceModule()).isEqualTo("liaison");
		});
	}

	@Test
	void aLaterRecordingOfTheSameDayReplacesTheEarlierOneAndAReplayAddsNothing() {
		List<PersonId> deputies = fixture.deputies(3);
		ReceptionDayId day = DutyFixture.day();
		StationId station = DutyFixture.station();
		fixture.publish(reception(day, station, deputies.subList(0, 2), 10));
		fixture.publish(reception(day, station, deputies.subList(1, 3), 7));
		fixture.publish(reception(day, station, deputies.subList(1, 3), 7));

		assertThat(fixture.totals(deputies.get(0)).isEmpty()).as("no longer listed as present").isTrue();
		for (PersonId d : deputies.subList(1, 3)) {
			assertThat(fixture.totals(d).of(DutyKind.STATION_VISIT)).isEqualTo(1);
			assertThat(fixture.totals(d).of(DutyKind.CONSTITUENTS_RECEIVED)).isEqualTo(7);
		}
	}

	@Test
	void twoRecordingsInOneTransactionLeaveTheLaterOne() {
		PersonId deputy = fixture.deputy();
		ReceptionDayId day = DutyFixture.day();
		StationId station = DutyFixture.station();
		fixture.publish(reception(day, station, List.of(deputy), 3), reception(day, station, List.of(deputy), 5));

		assertThat(fixture.totals(deputy).of(DutyKind.CONSTITUENTS_RECEIVED)).isEqualTo(5);
	}

	@Test
	void aDayWithoutConstituentsStillCountsTheVisit() {
		PersonId deputy = fixture.deputy();
		fixture.publish(reception(DutyFixture.day(), DutyFixture.station(), List.of(deputy), 0));

		assertThat(fixture.totals(deputy).of(DutyKind.STATION_VISIT)).isEqualTo(1);
		assertThat(fixture.totals(deputy).of(DutyKind.CONSTITUENTS_RECEIVED)).isZero();
	}

	@Test
	void anOpinionCountsWhenCollectedClosedAndSolvedAndNoLongerWhenReopened() {
		List<PersonId> deputies = fixture.deputies(2);
		OpinionId opinion = DutyFixture.opinion();
		fixture.publish(new OpinionCollected(opinion, DutyFixture.station(), deputies, DAY, "小区门前道路积水"));
		fixture.publish(new OpinionClosed(opinion, deputies, true, DAY.plusDays(20)));

		DutyTotals closed = fixture.totals(deputies.get(1));
		assertThat(closed.of(DutyKind.OPINION_COLLECTED)).isEqualTo(1);
		assertThat(closed.of(DutyKind.OPINION_HANDLED)).isEqualTo(1);
		assertThat(closed.of(DutyKind.PROBLEM_SOLVED)).isEqualTo(1);
		assertThat(records.entriesOf(deputies.get(1), DAY, DAY.plusDays(30), EnumSet.of(DutyKind.PROBLEM_SOLVED)))
			.singleElement().extracting(DutyEntry::title).isEqualTo("小区门前道路积水");

		fixture.publish(new OpinionReopened(opinion, DAY.plusDays(30)));
		DutyTotals reopened = fixture.totals(deputies.get(1));
		assertThat(reopened.of(DutyKind.OPINION_COLLECTED)).isEqualTo(1);
		assertThat(reopened.of(DutyKind.OPINION_HANDLED)).isZero();
		assertThat(reopened.of(DutyKind.PROBLEM_SOLVED)).isZero();

		fixture.publish(new OpinionClosed(opinion, deputies, false, DAY.plusDays(40)));
		DutyTotals closedAgain = fixture.totals(deputies.get(1));
		assertThat(closedAgain.of(DutyKind.OPINION_HANDLED)).isEqualTo(1);
		assertThat(closedAgain.of(DutyKind.PROBLEM_SOLVED)).isZero();
	}

	@Test
	void nothingIsRecordedWhenThePublishingTransactionRollsBack() {
		PersonId deputy = fixture.deputy();
		assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
			context.publishEvent(reception(DutyFixture.day(), DutyFixture.station(), List.of(deputy), 4));
			throw new IllegalStateException("the use case failed after publishing");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(fixture.totals(deputy).isEmpty()).isTrue();
	}

	@Test
	void aSubmittedSuggestionCountsForTheLeadDeputyAndItsCoSigners() {
		PersonId lead = fixture.deputy();
		PersonId coSigner = fixture.deputy();
		SuggestionId id = context.getBean(DraftSuggestion.class).draft(lead,
				new SuggestionContent("关于加快老旧小区加装电梯的建议", "建议内容", "城乡建设", 2023), List.of(coSigner), DAY);
		int version = context.getBean(Suggestions.class).get(id).orElseThrow().version();
		String number = context.getBean(SubmitSuggestion.class).submit(id, version, lead, DAY);

		assertThat(fixture.totals(lead).of(DutyKind.SUGGESTION_LED)).isEqualTo(1);
		assertThat(fixture.totals(coSigner).of(DutyKind.SUGGESTION_CO_SIGNED)).isEqualTo(1);
		assertThat(fixture.totals(coSigner).of(DutyKind.SUGGESTION_LED)).isZero();
		assertThat(records.entriesOf(lead, DAY, DAY, EnumSet.of(DutyKind.SUGGESTION_LED))).singleElement()
			.satisfies(e -> {
				assertThat(e.reference()).isEqualTo(number);
				assertThat(e.title()).isEqualTo("关于加快老旧小区加装电梯的建议");
			});
	}

	@Test
	void aSubmissionReturnedAsNotASuggestionNoLongerCounts() {
		PersonId lead = fixture.deputy();
		PersonId coSigner = fixture.deputy();
		SuggestionId id = context.getBean(DraftSuggestion.class).draft(lead,
				new SuggestionContent("关于解决本人子女入学问题的建议", "个人事项", "教育科技", 2023), List.of(coSigner), DAY);
		Suggestions suggestions = context.getBean(Suggestions.class);
		context.getBean(SubmitSuggestion.class).submit(id, suggestions.get(id).orElseThrow().version(), lead, DAY);
		assertThat(fixture.totals(lead).of(DutyKind.SUGGESTION_LED)).isEqualTo(1);

		context.getBean(RejectSuggestion.class).reject(id, suggestions.get(id).orElseThrow().version(), "属于个人事项",
				DAY.plusDays(3));

		assertThat(fixture.totals(lead).isEmpty()).isTrue();
		assertThat(fixture.totals(coSigner).isEmpty()).isTrue();
	}

	@Test
	void aFiledBillCountsForTheLeadDeputyAndEverySigner() {
		List<PersonId> deputies = fixture.deputies(10);
		BillId bill = filedBill(deputies);

		assertThat(fixture.totals(deputies.get(0)).of(DutyKind.BILL_LED)).isEqualTo(1);
		for (PersonId signer : deputies.subList(1, 10)) {
			assertThat(fixture.totals(signer).of(DutyKind.BILL_CO_SIGNED)).isEqualTo(1);
		}
		assertThat(records.entriesOf(deputies.get(0), DAY, DAY, EnumSet.of(DutyKind.BILL_LED))).singleElement()
			.satisfies(e -> assertThat(e.sourceId()).isEqualTo(bill.value()));
	}

	@Test
	void aBillTurnedIntoASuggestionCountsOnlyAsTheBill() {
		List<PersonId> deputies = fixture.deputies(10);
		BillId bill = filedBill(deputies);
		context.getBean(BillWorkflow.class).convert(bill, "城乡建设", null, DAY.plusDays(2));

		DutyTotals lead = fixture.totals(deputies.get(0));
		assertThat(lead.of(DutyKind.BILL_LED)).isEqualTo(1);
		assertThat(lead.of(DutyKind.SUGGESTION_LED)).isZero();
		assertThat(fixture.totals(deputies.get(3)).of(DutyKind.SUGGESTION_CO_SIGNED)).isZero();
	}

	private BillId filedBill(List<PersonId> deputies) {
		BillWorkflow bills = context.getBean(BillWorkflow.class);
		BillId id = bills.draft(deputies.get(0), new BillContent("关于制定《太原市城市绿化条例》的议案", "案由", "方案", 2023),
				deputies.subList(1, deputies.size()), DAY.minusDays(3));
		deputies.subList(1, deputies.size()).forEach(p -> bills.sign(id, p, DAY.minusDays(1)));
		bills.file(id, deputies.get(0), DAY);
		return id;
	}
}
