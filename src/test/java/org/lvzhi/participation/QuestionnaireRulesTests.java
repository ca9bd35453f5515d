package org.lvzhi.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.participation.answering.AnswersRefused;
import org.lvzhi.participation.questionnaires.ParticipationException;
import org.lvzhi.participation.questionnaires.QuestionnaireDesk;
import org.lvzhi.participation.questionnaires.QuestionnaireStore;
import org.lvzhi.participation.results.Results;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rules of questionnaires against the database: conditions show and hide questions on the
 * server as on the phone, every bad answer is refused naming its question with nothing stored,
 * one answer per respondent and per code, none outside the period, and questions frozen once
 * answered (a new version instead). The results count what was stored.
 */
@IntegrationTest
class QuestionnaireRulesTests {

	static final LocalDateTime OPENS = LocalDateTime.of(2031, 3, 1, 9, 0);
	static final LocalDateTime CLOSES = LocalDateTime.of(2031, 4, 1, 0, 0);
	static final LocalDateTime DURING = LocalDateTime.of(2031, 3, 10, 12, 0);

	@Autowired
	QuestionnaireDesk desk;
	@Autowired
	QuestionnaireStore store;
	@Autowired
	Results results;

	record Survey(QuestionnaireId id, long district, long trouble, long which, long rating, long staff, long matrix) {
	}

	Survey survey(Audience audience) {
		QuestionnaireId id = desk.create("测试问卷 " + System.nanoTime(), "引言", "隐私说明", audience);
		long district = desk.addQuestion(id, QuestionSpec.of(QuestionKind.SINGLE, "所在区", true, List.of("小店区", "迎泽区")));
		long trouble = desk.addQuestion(id, QuestionSpec.of(QuestionKind.SINGLE, "是否遇到困难", true, List.of("没有", "有")));
		long which = desk.addQuestion(id, QuestionSpec.of(QuestionKind.MULTIPLE, "哪些困难", true, List.of("材料多", "跑多次"))
			.shownWhen(trouble, List.of("有")));
		long rating = desk.addQuestion(id, QuestionSpec.of(QuestionKind.SCALE, "满意度", true, List.of()));
		long staff = desk.addQuestion(id, QuestionSpec.of(QuestionKind.NUMBER, "员工人数", false, List.of()).range(0, 1000));
		long matrix = desk.addQuestion(id, QuestionSpec.of(QuestionKind.MATRIX, "各项满意度", true, List.of("开办", "纳税")));
		if (audience == Audience.CODES) {
			desk.issueCodes(id.value(), 3);
		}
		desk.publish(id, OPENS, CLOSES);
		return new Survey(id, district, trouble, which, rating, staff, matrix);
	}

	static Map<String, List<String>> answers(Survey s, String district, String trouble, List<String> which, String rating) {
		Map<String, List<String>> a = new java.util.HashMap<>();
		a.put("q" + s.district(), List.of(district));
		a.put("q" + s.trouble(), List.of(trouble));
		a.put("q" + s.which(), which);
		a.put("q" + s.rating(), List.of(rating));
		a.put("q" + s.matrix() + "_0", List.of("4"));
		a.put("q" + s.matrix() + "_1", List.of("5"));
		return a;
	}

	@Test
	void aConditionalQuestionCountsOnlyWhenItsConditionIsMetAndIsThenRequired() {
		Survey s = survey(Audience.LINK);
		// Hidden: its answers are ignored, and it is not required.
		desk.answer(s.id(), answers(s, "小店区", "没有", List.of("材料多"), "4"), "device-a", "zh", DURING);
		// Shown and required: leaving it out is refused, naming question 3.
		assertThatThrownBy(() -> desk.answer(s.id(), answers(s, "迎泽区", "有", List.of(), "2"), "device-b", "zh", DURING))
			.isInstanceOfSatisfying(AnswersRefused.class, e -> {
				assertThat(e.problems()).singleElement().satisfies(p -> {
					assertThat(p.number()).isEqualTo(3);
					assertThat(p.key()).isEqualTo("participation.error.required");
				});
			});
		desk.answer(s.id(), answers(s, "迎泽区", "有", List.of("材料多", "跑多次"), "2"), "device-b", "zh", DURING);

		Results.Summary summary = results.summary(s.id().value(), Results.Filter.NONE, Locale.CHINA);
		assertThat(summary.responses()).isEqualTo(2);
		Results.QuestionResult which = summary.questions().get(2);
		assertThat(which.answered()).isEqualTo(1);
		assertThat(which.counts()).extracting(Results.Count::count).containsExactly(1L, 1L);
		assertThat(summary.questions().get(3).mean()).isEqualByComparingTo("3");
	}

	@Test
	void everyBadAnswerIsRefusedNamingItsQuestionAndNothingIsStored() {
		Survey s = survey(Audience.LINK);
		Map<String, List<String>> bad = answers(s, "不存在的区", "没有", List.of(), "9");
		bad.put("q" + s.staff(), List.of("5000"));
		bad.remove("q" + s.matrix() + "_1");
		assertThatThrownBy(() -> desk.answer(s.id(), bad, "device-c", "zh", DURING))
			.isInstanceOfSatisfying(AnswersRefused.class, e -> assertThat(e.problems())
				.extracting(AnswersRefused.Problem::number, AnswersRefused.Problem::key)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(1, "participation.error.notOffered"),
						org.assertj.core.groups.Tuple.tuple(4, "participation.error.scalePoint"),
						org.assertj.core.groups.Tuple.tuple(5, "participation.error.numberRange"),
						org.assertj.core.groups.Tuple.tuple(6, "participation.error.matrixIncomplete")));
		assertThat(store.responses(s.id().value())).isZero();
	}

	@Test
	void aRespondentAnswersOnceAndOnlyWithinThePeriod() {
		Survey s = survey(Audience.LINK);
		Map<String, List<String>> ok = answers(s, "小店区", "没有", List.of(), "5");
		assertThatThrownBy(() -> desk.answer(s.id(), ok, "device-d", "zh", OPENS.minusMinutes(1)))
			.isInstanceOf(ParticipationException.class).hasFieldOrPropertyWithValue("messageKey", "participation.error.notOpen");
		assertThatThrownBy(() -> desk.answer(s.id(), ok, "device-d", "zh", CLOSES))
			.isInstanceOf(ParticipationException.class).hasFieldOrPropertyWithValue("messageKey", "participation.error.ended");
		String receipt = desk.answer(s.id(), ok, "device-d", "zh", DURING);
		assertThat(receipt).hasSize(10);
		assertThatThrownBy(() -> desk.answer(s.id(), ok, "device-d", "zh", DURING.plusMinutes(5)))
			.isInstanceOf(ParticipationException.class)
			.hasFieldOrPropertyWithValue("messageKey", "participation.error.alreadyAnswered");
		assertThat(store.responses(s.id().value())).isEqualTo(1);
	}

	@Test
	void aCodeIsUsedOnceAndAnUnknownCodeIsRefused() {
		Survey s = survey(Audience.CODES);
		List<String> codes = store.codes(s.id().value());
		assertThat(codes).hasSize(3);
		Map<String, List<String>> ok = answers(s, "小店区", "没有", List.of(), "3");
		desk.answer(s.id(), ok, codes.get(0).toLowerCase(), "zh", DURING);
		assertThatThrownBy(() -> desk.answer(s.id(), ok, codes.get(0), "zh", DURING))
			.hasFieldOrPropertyWithValue("messageKey", "participation.error.alreadyAnswered");
		assertThatThrownBy(() -> desk.answer(s.id(), ok, "NOSUCHCD", "zh", DURING))
			.hasFieldOrPropertyWithValue("messageKey", "participation.error.badCode");
		// A refused answer does not use up its code.
		Map<String, List<String>> bad = answers(s, "小店区", "没有", List.of(), "0");
		assertThatThrownBy(() -> desk.answer(s.id(), bad, codes.get(1), "zh", DURING)).isInstanceOf(AnswersRefused.class);
		desk.answer(s.id(), ok, codes.get(1), "zh", DURING);
		assertThat(store.responses(s.id().value())).isEqualTo(2);
	}

	@Test
	void questionsFreezeOnceAnsweredAndANewVersionCarriesThemWithTheirConditions() {
		Survey s = survey(Audience.LINK);
		desk.answer(s.id(), answers(s, "小店区", "有", List.of("跑多次"), "4"), "device-e", "zh", DURING);
		assertThatThrownBy(() -> desk.addQuestion(s.id(), QuestionSpec.of(QuestionKind.SHORT_TEXT, "新增", false, List.of())))
			.hasFieldOrPropertyWithValue("messageKey", "participation.error.answered");
		assertThatThrownBy(() -> desk.removeQuestion(s.rating(), null))
			.hasFieldOrPropertyWithValue("messageKey", "participation.error.answered");

		QuestionnaireId copy = desk.newVersion(s.id().value());
		var questions = store.questions(copy.value());
		assertThat(questions).hasSize(6);
		assertThat(questions.get(2).conditionQuestion()).isEqualTo(questions.get(1).id());
		assertThat(questions.get(2).conditionChoiceList()).containsExactly("有");
		assertThat(store.require(copy.value()).previousId()).isEqualTo(s.id().value());
		desk.addQuestion(copy, QuestionSpec.of(QuestionKind.SHORT_TEXT, "新增", false, List.of()));
		assertThat(store.questions(copy.value())).hasSize(7);
	}

	@Test
	void aConditionMustReadAnEarlierChoiceQuestionAndItsOptions() {
		QuestionnaireId id = desk.create("条件测试 " + System.nanoTime(), null, null, Audience.LINK);
		long text = desk.addQuestion(id, QuestionSpec.of(QuestionKind.SHORT_TEXT, "说明", false, List.of()));
		long yesNo = desk.addQuestion(id, QuestionSpec.of(QuestionKind.SINGLE, "是否", true, List.of("是", "否")));
		assertThatThrownBy(() -> desk.addQuestion(id,
				QuestionSpec.of(QuestionKind.SHORT_TEXT, "追问", false, List.of()).shownWhen(text, List.of("x"))))
			.hasFieldOrPropertyWithValue("messageKey", "participation.error.conditionChoice");
		assertThatThrownBy(() -> desk.addQuestion(id,
				QuestionSpec.of(QuestionKind.SHORT_TEXT, "追问", false, List.of()).shownWhen(yesNo, List.of("也许"))))
			.hasFieldOrPropertyWithValue("messageKey", "participation.error.conditionOptions");
		long follow = desk.addQuestion(id,
				QuestionSpec.of(QuestionKind.SHORT_TEXT, "追问", false, List.of()).shownWhen(yesNo, List.of("是")));
		assertThatThrownBy(() -> desk.moveQuestion(follow, null, true))
			.hasFieldOrPropertyWithValue("messageKey", "participation.error.conditionOrder");
		assertThatThrownBy(() -> desk.removeQuestion(yesNo, null))
			.hasFieldOrPropertyWithValue("messageKey", "participation.error.conditionDependsOn");
		assertThatThrownBy(() -> desk.addQuestion(id, QuestionSpec.of(QuestionKind.SINGLE, "单选", true, List.of("一"))))
			.hasFieldOrPropertyWithValue("messageKey", "participation.error.optionsRequired");
	}

	@Test
	void resultsFilterByAnOptionAndCrossTabulateTwoQuestions() {
		Survey s = survey(Audience.LINK);
		desk.answer(s.id(), answers(s, "小店区", "没有", List.of(), "5"), "d1", "zh", DURING);
		desk.answer(s.id(), answers(s, "小店区", "有", List.of("材料多"), "2"), "d2", "zh", DURING);
		desk.answer(s.id(), answers(s, "迎泽区", "有", List.of("跑多次"), "3"), "d3", "en", DURING);
		long q = s.id().value();
		Results.Summary xiaodian = results.summary(q, new Results.Filter(s.district(), "小店区"), Locale.CHINA);
		assertThat(xiaodian.responses()).isEqualTo(2);
		assertThat(xiaodian.questions().get(3).mean()).isEqualByComparingTo("3.5");
		Results.CrossTab cross = results.crossTab(q, s.district(), s.trouble(), Results.Filter.NONE, Locale.CHINA);
		assertThat(cross.counts()[0]).containsExactly(1, 1);
		assertThat(cross.counts()[1]).containsExactly(0, 1);
		assertThat(cross.total()).isEqualTo(3);
	}
}
