package org.lvzhi.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.participation.questionnaires.Questionnaire;
import org.lvzhi.participation.questionnaires.QuestionnaireStore;
import org.lvzhi.participation.results.Results;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.Figures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo world's 2023 business-environment questionnaire gives the report's 3,762 questionnaires
 * returned, each one a record, and its published results add up.
 */
@IntegrationTest
class QuestionnaireDemoTests {

	@Autowired
	Figures figures;
	@Autowired
	QuestionnaireStore store;
	@Autowired
	Results results;

	@Test
	void theDemoYearCountsTheQuestionnairesReturnedFromRecords() {
		Figure f = figures.find("questionnaires_returned").orElseThrow();
		assertThat(f.value(2023)).isEqualTo(3762);
		var records = f.records(2023);
		assertThat(records).hasSize(3762);
		assertThat(records).allSatisfy(r -> {
			assertThat(r.title()).startsWith("2023年太原市营商环境问卷调查 · #");
			assertThat(r.publicLink()).isTrue();
		});
	}

	@Test
	void theDemoQuestionnaireHasTwentyQuestionsOfEveryKindAndPublishedResults() {
		List<Questionnaire> published = store.withPublicResults();
		Questionnaire q = published.stream().filter(x -> x.title().startsWith("2023年太原市营商环境问卷调查")).findFirst()
			.orElseThrow();
		var questions = store.questions(q.id());
		assertThat(questions).hasSize(20);
		assertThat(questions).extracting(x -> x.kind()).contains(QuestionKind.values());
		Results.Summary summary = results.summary(q.id(), Results.Filter.NONE, Locale.CHINA);
		assertThat(summary.responses()).isEqualTo(3762);
		Results.QuestionResult district = summary.questions().get(0);
		assertThat(district.counts().stream().mapToLong(Results.Count::count).sum()).isEqualTo(3762);
		// The follow-up on difficulties is answered exactly by those who met some.
		Results.QuestionResult trouble = summary.questions().get(8);
		long met = trouble.counts().get(1).count() + trouble.counts().get(2).count();
		assertThat(summary.questions().get(9).answered()).isEqualTo(met);
	}
}
