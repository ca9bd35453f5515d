package org.lvzhi.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.audit.AuditLog;
import org.lvzhi.petitions.handling.Petition;
import org.lvzhi.petitions.handling.PetitionException;
import org.lvzhi.petitions.handling.PetitionState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The path of a petition on the working-day calendar of 2025 (National Day: 1–8 October off):
 * routing within 15 days, handling within 60 extendable by 30, review and re-review windows of 30.
 */
@IntegrationTest
class PetitionLifecycleTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	AuditLog audit;

	PetitionFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new PetitionFixture(context);
	}

	@Test
	void theRoutingPeriodThatEndsInTheNationalDayHolidayMovesToTheNextWorkingDay() {
		Petition p = fixture.registered(LocalDate.of(2025, 9, 16));
		assertThat(p.state()).isEqualTo(PetitionState.REGISTERED);
		assertThat(p.routeDue()).isEqualTo(LocalDate.of(2025, 10, 9));
		assertThat(p.number()).startsWith("XF2025-");
		assertThat(p.trackingCode()).hasSize(10);
	}

	@Test
	void handlingTakesSixtyDaysAndOneExtensionThirtyMore() {
		Petition p = fixture.inHandling(LocalDate.of(2025, 7, 28), LocalDate.of(2025, 8, 4));
		assertThat(p.state()).isEqualTo(PetitionState.HANDLING);
		// 60 days after 4 August is 3 October, a holiday: 9 October
		assertThat(p.handlingDue()).isEqualTo(LocalDate.of(2025, 10, 9));
		fixture.moves.extend(p.id(), null, LocalDate.of(2025, 9, 30));
		// 30 more days from 9 October is Saturday 8 November: Monday the 10th
		assertThat(fixture.get(p.id()).handlingDue()).isEqualTo(LocalDate.of(2025, 11, 10));
		assertThatThrownBy(() -> fixture.moves.extend(p.id(), null, LocalDate.of(2025, 10, 10)))
			.isInstanceOf(PetitionException.class).hasMessage("petitions.error.alreadyExtended");
	}

	@Test
	void aReviewRequestAfterThirtyDaysIsRefusedAndOneInTimeOpensTheReview() {
		Petition p = fixture.replied(LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 27), LocalDate.of(2025, 12, 1));
		assertThat(p.reviewRequestDue()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThatThrownBy(() -> fixture.moves.requestReview(p.id(), LocalDate.of(2026, 1, 5)))
			.isInstanceOf(PetitionException.class).hasMessage("petitions.error.reviewLate");
		assertThat(fixture.get(p.id()).state()).isEqualTo(PetitionState.REPLIED);
		fixture.moves.requestReview(p.id(), LocalDate.of(2025, 12, 31));
		Petition under = fixture.get(p.id());
		assertThat(under.state()).isEqualTo(PetitionState.UNDER_REVIEW);
		assertThat(under.reviewDecisionDue()).isEqualTo(LocalDate.of(2026, 1, 30));
	}

	@Test
	void reviewAndReReviewLeadToTheFinalAnswer() {
		Petition p = fixture.replied(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 10), LocalDate.of(2025, 4, 14));
		fixture.moves.requestReview(p.id(), LocalDate.of(2025, 4, 20));
		fixture.moves.decideReview(p.id(), "维持原答复意见。", LocalDate.of(2025, 5, 12));
		Petition reviewed = fixture.get(p.id());
		assertThat(reviewed.state()).isEqualTo(PetitionState.REVIEWED);
		assertThat(reviewed.reReviewRequestDue()).isEqualTo(LocalDate.of(2025, 6, 11));
		fixture.moves.requestReReview(p.id(), null, LocalDate.of(2025, 6, 3));
		fixture.moves.decideReReview(p.id(), null, "复核维持。", LocalDate.of(2025, 6, 20));
		Petition last = fixture.get(p.id());
		assertThat(last.state()).isEqualTo(PetitionState.FINAL);
		assertThat(last.closedOn()).isEqualTo(LocalDate.of(2025, 6, 20));
		assertThatThrownBy(() -> fixture.moves.supervise(p.id(), "魏民", LocalDate.of(2025, 7, 1), null,
				LocalDate.of(2025, 6, 21))).isInstanceOf(PetitionException.class);
	}

	@Test
	void notAcceptingNeedsAWrittenReasonAndClosesTheMatter() {
		Petition p = fixture.registered(LocalDate.of(2025, 5, 6));
		assertThatThrownBy(() -> fixture.moves.route(p.id(), Route.NOT_ACCEPTED, null, null, " ", LocalDate.of(2025, 5, 8)))
			.isInstanceOf(PetitionException.class).hasMessage("petitions.error.reasonRequired");
		assertThatThrownBy(() -> fixture.moves.route(p.id(), Route.TRANSFER, " ", null, null, LocalDate.of(2025, 5, 8)))
			.isInstanceOf(PetitionException.class).hasMessage("petitions.error.bodyRequired");
		fixture.moves.route(p.id(), Route.NOT_ACCEPTED, null, null, "已经复核终结，同一事实和理由不再受理。", LocalDate.of(2025, 5, 8));
		Petition closed = fixture.get(p.id());
		assertThat(closed.state()).isEqualTo(PetitionState.NOT_ACCEPTED);
		assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2025, 5, 8));
		assertThatThrownBy(() -> fixture.moves.reply(p.id(), ReplyKind.SUPPORT, "x", LocalDate.of(2025, 5, 9)))
			.isInstanceOf(PetitionException.class).hasMessage("petitions.error.state");
	}

	@Test
	void supervisionCanBeSetAtAnyOpenStageOnce() {
		Petition p = fixture.registered(LocalDate.of(2025, 4, 1));
		fixture.moves.supervise(p.id(), "秘书长 王某", LocalDate.of(2025, 5, 1), "限期报告", LocalDate.of(2025, 4, 2));
		Petition s = fixture.get(p.id());
		assertThat(s.supervised()).isTrue();
		assertThat(s.state()).isEqualTo(PetitionState.REGISTERED);
		assertThatThrownBy(() -> fixture.moves.supervise(p.id(), "x", LocalDate.of(2025, 6, 1), null, LocalDate.of(2025, 4, 3)))
			.isInstanceOf(PetitionException.class).hasMessage("petitions.error.alreadySupervised");
	}

	@Test
	void aStaleVersionIsRefusedAndEveryMoveIsAuditedWithoutPersonalData() {
		Petition p = fixture.registered(LocalDate.of(2025, 4, 1));
		String name = fixture.moves.viewPetitioner(p.id(), "测试").name();
		fixture.moves.route(p.id(), p.version(), Route.SELF, null, null, null, LocalDate.of(2025, 4, 3));
		assertThatThrownBy(() -> fixture.moves.extend(p.id(), p.version(), LocalDate.of(2025, 4, 4)))
			.isInstanceOf(OptimisticLockingFailureException.class);
		var history = audit.historyOf("Petition", String.valueOf(p.id().value()));
		assertThat(history).extracting(e -> e.action())
			.containsExactly("petitions.registered", "petitions.petitioner.viewed", "petitions.routed");
		assertThat(history).allSatisfy(e -> assertThat(String.valueOf(e.summary()) + e.before() + e.after())
			.doesNotContain(name).doesNotContain("13812345678"));
	}

	@Test
	void badInputIsRefusedWithItsOwnMessageAndNothingIsWritten() {
		long before = fixture.store.count();
		NewPetition good = fixture.letter(LocalDate.of(2025, 4, 1), "测试", "13812345678", null);
		assertThatThrownBy(() -> fixture.moves.register(withMatter(good, " ")))
			.hasMessage("petitions.error.matterRequired");
		assertThatThrownBy(() -> fixture.moves.register(fixture.letter(LocalDate.of(2025, 4, 1), "测试", "12345", null)))
			.hasMessage("petitions.error.phone");
		assertThatThrownBy(() -> fixture.moves.register(fixture.letter(LocalDate.of(2025, 4, 1), "测试", null, "110101199003070000")))
			.hasMessage("petitions.error.idNumber");
		assertThat(fixture.store.count()).isEqualTo(before);
	}

	private static NewPetition withMatter(NewPetition n, String matter) {
		return new NewPetition(n.kind(), n.receivedOn(), n.headCount(), n.name(), n.idNumber(), n.phone(), n.address(),
				n.representatives(), n.subject(), matter, n.category(), n.area(), n.bodyConcerned());
	}
}
