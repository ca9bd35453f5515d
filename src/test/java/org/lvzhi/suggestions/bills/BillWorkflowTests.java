package org.lvzhi.suggestions.bills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.DomainException;
import org.lvzhi.reporting.Figure;
import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.BillOutcome;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.SuggestionState;
import org.lvzhi.suggestions.Suggestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;

import java.util.Locale;

/** A bill from its draft to the end of its deliberation, and every refusal on the way. */
@IntegrationTest
class BillWorkflowTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	MessageSource messages;
	@Autowired
	Suggestions suggestions;
	@Autowired
	List<Figure> figures;

	BillFixture fixture;
	OrganizationId committee;

	@BeforeEach
	void fixture() {
		fixture = new BillFixture(context);
		committee = fixture.organization("测试城乡建设环境保护委员会", Classification.SPECIAL_COMMITTEE);
	}

	private String chinese(DomainException e) {
		return messages.getMessage(new DefaultMessageSourceResolvable(new String[] { e.messageKey() }, e.args()),
				Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void refusesToFileWithFewerThanTenDeputiesInChinese() {
		List<PersonId> nine = fixture.deputies(9);
		BillId id = fixture.signed(nine);
		assertThatThrownBy(() -> fixture.workflow().file(id, nine.get(0), BillFixture.FILED_ON))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(chinese(e)).isEqualTo("议案须由代表10人以上联名提出，目前只有9名代表签署。"));
	}

	@Test
	void countsOnlyCoSignersWhoSigned() {
		List<PersonId> ten = fixture.deputies(10);
		BillId id = fixture.drafted(ten);
		ten.subList(1, 9).forEach(p -> fixture.workflow().sign(id, p, BillFixture.FILED_ON));
		assertThatThrownBy(() -> fixture.workflow().file(id, ten.get(0), BillFixture.FILED_ON))
			.isInstanceOf(DomainException.class);
		fixture.workflow().sign(id, ten.get(9), BillFixture.FILED_ON);
		assertThat(fixture.workflow().file(id, ten.get(0), BillFixture.FILED_ON)).matches("2023-议-\\d{2}");
		assertThat(fixture.get(id).state()).isEqualTo(BillState.FILED);
	}

	@Test
	void refusesACoSignerWhoIsNotADeputy() {
		List<PersonId> deputies = new java.util.ArrayList<>(fixture.deputies(9));
		PersonId stranger = fixture.person();
		deputies.add(stranger);
		assertThatThrownBy(() -> fixture.drafted(deputies)).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(chinese(e)).endsWith("不是本届人民代表大会代表，不能联名提出议案。"));
	}

	@Test
	void refusesASignatureFromADeputyNotAsked() {
		BillId id = fixture.drafted(fixture.deputies(10));
		assertThatThrownBy(() -> fixture.workflow().sign(id, fixture.deputy(), BillFixture.FILED_ON))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("bills.error.notCoSigner"));
	}

	@Test
	void refusesWithdrawalAfterThePresidiumDecided() {
		List<PersonId> ten = fixture.deputies(10);
		BillId id = fixture.filed(ten);
		fixture.workflow().refer(id, committee, null, LocalDate.of(2023, 1, 12));
		WithdrawBill withdraw = context.getBean(WithdrawBill.class);
		int version = fixture.get(id).version();
		assertThatThrownBy(() -> withdraw.withdraw(id, version, ten.get(0), LocalDate.of(2023, 1, 13)))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(chinese(e)).isEqualTo("议案当前状态为“专门委员会审议中”，不能撤回。"));
	}

	@Test
	void letsTheLeadDeputyWithdrawBeforeTheDecision() {
		List<PersonId> ten = fixture.deputies(10);
		BillId id = fixture.filed(ten);
		context.getBean(WithdrawBill.class).withdraw(id, fixture.get(id).version(), ten.get(0), BillFixture.FILED_ON);
		assertThat(fixture.get(id).state()).isEqualTo(BillState.WITHDRAWN);
	}

	@Test
	void refusesAStaleVersion() {
		BillId id = fixture.filed();
		int stale = fixture.get(id).version() - 1;
		assertThatThrownBy(() -> context.getBean(ListBill.class).list(id, stale, null, BillFixture.FILED_ON))
			.isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void refusesReferralToABodyThatIsNotASpecialCommittee() {
		BillId id = fixture.filed();
		OrganizationId bureau = fixture.organization("测试局", Classification.GOVERNMENT_DEPARTMENT);
		assertThatThrownBy(() -> fixture.workflow().refer(id, bureau, null, LocalDate.of(2023, 1, 12)))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void committeeReportIsDueThreeMonthsAfterReferralOnTheWorkingDayCalendar() {
		BillId id = fixture.filed();
		// 12 April 2023 is a Wednesday, a working day.
		assertThat(fixture.workflow().refer(id, committee, null, LocalDate.of(2023, 1, 12))).isEqualTo(LocalDate.of(2023, 4, 12));
		BillId other = fixture.filed();
		// 1 October 2023 falls in the National Day holiday; the period ends on the next working day.
		assertThat(fixture.workflow().refer(other, committee, null, LocalDate.of(2023, 7, 1))).isEqualTo(LocalDate.of(2023, 10, 7));
	}

	@Test
	void handedBillCompletesOnlyAfterEveryOrganReported() {
		BillId id = fixture.referred(committee);
		OrganizationId a = fixture.organization("测试住建局", Classification.GOVERNMENT_DEPARTMENT);
		OrganizationId b = fixture.organization("测试民政局", Classification.GOVERNMENT_DEPARTMENT);
		BillWorkflowApi w = new BillWorkflowApi(fixture);
		w.report(id);
		fixture.workflow().settle(id, BillOutcome.HANDED, null, List.of(a, b), LocalDate.of(2023, 4, 25));
		Bill handed = fixture.get(id);
		assertThat(handed.state()).isEqualTo(BillState.HANDED);
		assertThat(handed.organs()).allSatisfy(o -> assertThat(o.reportDue()).isEqualTo(LocalDate.of(2023, 7, 25)));
		fixture.workflow().recordOrganReport(id, a, "已完成调研。", LocalDate.of(2023, 7, 10));
		assertThatThrownBy(() -> fixture.workflow().complete(id, null, LocalDate.of(2023, 7, 20)))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(chinese(e)).isEqualTo("还有1个机关未报告办理情况，暂不能审议完毕。"));
		assertThatThrownBy(() -> fixture.workflow().recordOrganReport(id, a, "再报一次。", LocalDate.of(2023, 7, 11)))
			.isInstanceOf(DomainException.class);
		fixture.workflow().recordOrganReport(id, b, "已完成调研。", LocalDate.of(2023, 7, 12));
		fixture.workflow().complete(id, null, LocalDate.of(2023, 8, 29));
		Bill done = fixture.get(id);
		assertThat(done.state()).isEqualTo(BillState.COMPLETED);
		assertThat(done.timeline()).extracting(BillTimelineEntry::kind).containsSubsequence("DRAFTED", "SIGNED", "FILED",
				"REFERRED", "COMMITTEE_REPORTED", "HANDED", "ORGAN_REPORTED", "ORGAN_REPORTED", "COMPLETED");
	}

	@Test
	void scheduledAndPlannedBillsCompleteDirectly() {
		for (BillOutcome outcome : List.of(BillOutcome.SCHEDULED, BillOutcome.PLANNED)) {
			BillId id = fixture.referred(committee);
			new BillWorkflowApi(fixture).report(id);
			fixture.workflow().settle(id, outcome, null, List.of(), LocalDate.of(2023, 4, 25));
			assertThat(fixture.get(id).state().name()).isEqualTo(outcome.name());
			fixture.workflow().complete(id, null, LocalDate.of(2023, 10, 27));
			assertThat(fixture.get(id).completedOn()).isEqualTo(LocalDate.of(2023, 10, 27));
		}
	}

	@Test
	void listedBillCompletesAfterTheSession() {
		BillId id = fixture.filed();
		context.getBean(ListBill.class).list(id, fixture.get(id).version(), "列入大会议程", LocalDate.of(2023, 1, 12));
		assertThat(fixture.get(id).state()).isEqualTo(BillState.LISTED);
		assertThatThrownBy(() -> new BillWorkflowApi(fixture).report(id)).isInstanceOf(DomainException.class);
		fixture.workflow().complete(id, null, LocalDate.of(2023, 1, 14));
		assertThat(fixture.get(id).state()).isEqualTo(BillState.COMPLETED);
	}

	@Test
	void conversionCreatesALinkedSuggestionWithAllDeputies() {
		List<PersonId> ten = fixture.deputies(10);
		BillId id = fixture.filed(ten);
		SuggestionId suggestion = fixture.workflow().convert(id, "生态环境", "作为建议处理", LocalDate.of(2023, 1, 12));
		var s = suggestions.get(suggestion).orElseThrow();
		assertThat(s.state()).isEqualTo(SuggestionState.SUBMITTED);
		assertThat(s.deputies()).containsExactlyInAnyOrderElementsOf(ten);
		assertThat(s.leadDeputy()).isEqualTo(ten.get(0));
		assertThat(fixture.get(id).state()).isEqualTo(BillState.CONVERTED);
		assertThat(fixture.get(id).suggestion()).isEqualTo(suggestion);
		assertThat(fixture.workflow().originOf(suggestion)).get().extracting(o -> o.id()).isEqualTo(id);
	}

	@Test
	void theDemoWorldHasFiveBillsFullyDeliberatedIn2023() {
		Figure figure = figures.stream().filter(f -> f.key().equals("bills_processed")).findFirst().orElseThrow();
		// Tests complete bills of their own in 2023 too, so the demo's are told apart by their text.
		assertThat(figure.records(2023)).hasSize((int) figure.value(2023));
		Bills bills = context.getBean(Bills.class);
		long demoBills = bills.completedIn(2023).stream()
			.filter(b -> fixtureFree(bills.get(new BillId(b.id())).orElseThrow())).count();
		assertThat(demoBills).isEqualTo(5);
	}

	private static boolean fixtureFree(Bill b) {
		return !b.grounds().equals(BillFixture.content().grounds());
	}

	/** The committee-report step, shared by several scenarios. */
	private record BillWorkflowApi(BillFixture fixture) {

		void report(BillId id) {
			fixture.workflow().recordCommitteeReport(id, "经审议，建议采纳。", BillOutcome.HANDED, LocalDate.of(2023, 3, 20));
		}
	}
}
