package org.lvzhi.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.SuggestionState;
import org.lvzhi.suggestions.Suggestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every move of an opinion's path, the refusals, the events and the audit trail. */
@IntegrationTest
@RecordApplicationEvents
class OpinionLifecycleTests {

	static final LocalDate ON = LocalDate.of(2031, 3, 6);

	@Autowired
	ApplicationContext context;
	@Autowired
	ApplicationEvents events;
	@Autowired
	JdbcClient jdbc;

	LiaisonFixture fixture;
	PersonId deputy;
	StationId station;

	@BeforeEach
	void fixture() {
		fixture = new LiaisonFixture(context);
		deputy = fixture.deputy();
		station = fixture.station(deputy);
	}

	private <T> T use(Class<T> type) {
		return fixture.bean(type);
	}

	@Test
	void aCollectedOpinionIsPublishedWithoutPersonalData() {
		OpinionId id = fixture.opinionAt(station, deputy, ON);
		assertThat(events.stream(OpinionCollected.class).filter(e -> e.opinion().equals(id)))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.station()).isEqualTo(station);
				assertThat(e.deputies()).containsExactly(deputy);
				assertThat(e.receivedOn()).isEqualTo(ON);
				assertThat(e.subject()).isEqualTo("小区门前道路积水").doesNotContain("张三", "13912345678");
			});
		Opinion o = fixture.opinion(id);
		assertThat(o.state()).isEqualTo(OpinionState.RECEIVED);
		assertThat(o.trackingCode()).hasSize(10);
		assertThat(o.steps()).extracting(Opinion.Step::kind).containsExactly(StepKind.RECEIVED);
	}

	@Test
	void answeredOnTheSpotItIsClosedAsSolved() {
		OpinionId id = fixture.opinionAt(station, deputy, ON);
		use(AnswerOnSpot.class).answer(id, fixture.version(id), "已联系街道现场处理", ON);
		Opinion o = fixture.opinion(id);
		assertThat(o.state()).isEqualTo(OpinionState.CLOSED);
		assertThat(o.solved()).isTrue();
		assertThat(o.closedOn()).isEqualTo(ON);
		assertThat(events.stream(OpinionClosed.class).filter(e -> e.opinion().equals(id))).singleElement()
			.satisfies(e -> {
				assertThat(e.solved()).isTrue();
				assertThat(e.deputies()).containsExactly(deputy);
				assertThat(e.closedOn()).isEqualTo(ON);
			});
	}

	@Test
	void aRedirectNeedsAReasonAndClosesItAsNotSolved() {
		OpinionId id = fixture.opinionAt(station, deputy, ON);
		assertThatThrownBy(() -> use(RedirectOpinion.class).redirect(id, fixture.version(id), " ", ON))
			.isInstanceOfSatisfying(LiaisonException.class,
					e -> assertThat(e.messageKey()).isEqualTo("liaison.error.reasonRequired"));
		use(RedirectOpinion.class).redirect(id, fixture.version(id), "属于司法程序事项，已引导申请再审", ON);
		Opinion o = fixture.opinion(id);
		assertThat(o.state()).isEqualTo(OpinionState.REDIRECTED);
		assertThat(o.solved()).isFalse();
		assertThat(events.stream(OpinionClosed.class).filter(e -> e.opinion().equals(id))).singleElement()
			.satisfies(e -> assertThat(e.solved()).isFalse());
	}

	@Test
	void forwardedItIsChasedAnsweredToldClosedAndReopened() {
		OpinionId id = fixture.opinionAt(station, deputy, ON);
		assertThatThrownBy(() -> use(ForwardOpinion.class).forward(id, fixture.version(id), ForwardLevel.DISTRICT,
				"区住建局", ON, ON)).isInstanceOfSatisfying(LiaisonException.class,
						e -> assertThat(e.messageKey()).isEqualTo("liaison.error.dueAfterToday"));
		use(ForwardOpinion.class).forward(id, fixture.version(id), ForwardLevel.DISTRICT, "区住建局", ON.plusDays(30), ON);
		assertThat(fixture.opinion(id).overdue(ON.plusDays(31))).isTrue();
		use(ChaseForwarded.class).chase(id, fixture.version(id), ON.plusDays(31));
		use(RecordAnswer.class).record(id, fixture.version(id), "已修补路面", ON.plusDays(35));
		use(TellConstituent.class).tell(id, fixture.version(id), "电话告知", ON.plusDays(36));
		use(RecordFeedback.class).record(id, fixture.version(id), false, "还会积水", ON.plusDays(37));
		assertThatThrownBy(() -> use(CloseOpinion.class).close(id, fixture.version(id), true, ON.plusDays(38)))
			.isInstanceOfSatisfying(LiaisonException.class,
					e -> assertThat(e.messageKey()).isEqualTo("liaison.error.constituentSaysUnsolved"));
		use(CloseOpinion.class).close(id, fixture.version(id), false, ON.plusDays(38));
		use(ReopenOpinion.class).reopen(id, fixture.version(id), "群众反映问题未解决", ON.plusDays(40));
		Opinion o = fixture.opinion(id);
		assertThat(o.state()).isEqualTo(OpinionState.REOPENED);
		assertThat(o.closedOn()).isNull();
		assertThat(o.steps()).extracting(Opinion.Step::kind).containsExactly(StepKind.RECEIVED, StepKind.FORWARDED,
				StepKind.CHASED, StepKind.ANSWER_RECORDED, StepKind.TOLD, StepKind.CONSTITUENT_FEEDBACK, StepKind.CLOSED,
				StepKind.REOPENED);
		assertThat(events.stream(OpinionReopened.class).filter(e -> e.opinion().equals(id))).singleElement()
			.satisfies(e -> assertThat(e.reopenedOn()).isEqualTo(ON.plusDays(40)));
		assertThat(events.stream(org.lvzhi.notifications.NotificationRequested.class)
			.filter(n -> n.link() != null && n.link().equals("/liaison/opinions/" + id.value()))).isNotEmpty();
		// Every move has its audit entry.
		long audited = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE subject_type = 'Opinion' AND subject_id = :id")
			.param("id", String.valueOf(id.value())).query(Long.class).single();
		assertThat(audited).isEqualTo(8);
		// Solved after the second round: it counts once, as closed solved.
		use(ForwardOpinion.class).forward(id, fixture.version(id), ForwardLevel.CITY, "市城乡管理局", ON.plusDays(70), ON.plusDays(41));
		use(RecordAnswer.class).record(id, fixture.version(id), "已改造管网", ON.plusDays(50));
		use(TellConstituent.class).tell(id, fixture.version(id), null, ON.plusDays(51));
		use(RecordFeedback.class).record(id, fixture.version(id), true, null, ON.plusDays(52));
		use(CloseOpinion.class).close(id, fixture.version(id), true, ON.plusDays(53));
		assertThat(fixture.opinion(id).solved()).isTrue();
	}

	@Test
	void illegalMovesAreRefusedWithTheStateAndTheMove() {
		OpinionId id = fixture.opinionAt(station, deputy, ON);
		assertThatThrownBy(() -> use(CloseOpinion.class).close(id, fixture.version(id), true, ON))
			.isInstanceOfSatisfying(LiaisonException.class,
					e -> assertThat(e.messageKey()).isEqualTo("liaison.error.illegalMove"));
		assertThatThrownBy(() -> use(RecordAnswer.class).record(id, fixture.version(id), "答复", ON))
			.isInstanceOf(LiaisonException.class);
		assertThatThrownBy(() -> use(ReopenOpinion.class).reopen(id, fixture.version(id), "理由", ON))
			.isInstanceOf(LiaisonException.class);
		use(AnswerOnSpot.class).answer(id, fixture.version(id), "当场答复", ON);
		assertThatThrownBy(() -> use(ForwardOpinion.class).forward(id, fixture.version(id), ForwardLevel.STREET, "街道",
				ON.plusDays(10), ON)).isInstanceOf(LiaisonException.class);
		assertThatThrownBy(() -> use(ChaseForwarded.class).chase(id, fixture.version(id), ON))
			.isInstanceOf(LiaisonException.class);
		assertThat(fixture.opinion(id).state()).isEqualTo(OpinionState.CLOSED);
	}

	@Test
	void aMoveOverAStaleVersionIsRefused() {
		OpinionId id = fixture.opinionAt(station, deputy, ON);
		int seen = fixture.version(id);
		use(SendAsLegislativeInput.class).send(id, seen, "报送法工委", ON);
		assertThatThrownBy(() -> use(RedirectOpinion.class).redirect(id, seen, "理由", ON))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(fixture.opinion(id).state()).isEqualTo(OpinionState.LEGISLATIVE);
	}

	@Test
	void turnedIntoASuggestionTheDraftIsWrittenAndLinked() {
		OpinionId id = fixture.opinionAt(station, deputy, ON);
		SuggestionId s = use(TurnIntoSuggestion.class).turn(id, fixture.version(id), deputy, "关于治理道路积水的建议",
				"城乡建设", ON);
		Opinion o = fixture.opinion(id);
		assertThat(o.state()).isEqualTo(OpinionState.SUGGESTION);
		assertThat(o.suggestionId()).isEqualTo(s.value());
		var suggestion = use(Suggestions.class).get(s).orElseThrow();
		assertThat(suggestion.state()).isEqualTo(SuggestionState.DRAFT);
		assertThat(suggestion.leadDeputy()).isEqualTo(deputy);
		assertThat(suggestion.body()).contains("小区门前道路积水").doesNotContain("13912345678", "张三");
		use(RecordAnswer.class).record(id, fixture.version(id), "建议已交办", ON.plusDays(60));
		assertThat(fixture.opinion(id).state()).isEqualTo(OpinionState.ANSWERED);
	}

	@Test
	void anOpinionForNobodyOrWithABadCategoryIsRefused() {
		ReceiveOpinion receive = use(ReceiveOpinion.class);
		assertThatThrownBy(() -> receive.receive(new NewOpinion(OpinionSource.ONLINE, null, null, List.of(), ON, null,
				null, "事项", null, "城市建设", null))).isInstanceOfSatisfying(LiaisonException.class,
						e -> assertThat(e.messageKey()).isEqualTo("liaison.error.stationOrDeputy"));
		assertThatThrownBy(() -> receive.receive(new NewOpinion(OpinionSource.ONLINE, station, null, List.of(), ON, null,
				null, "事项", null, "不存在的类别", null))).isInstanceOfSatisfying(LiaisonException.class,
						e -> assertThat(e.messageKey()).isEqualTo("liaison.error.category"));
	}
}
