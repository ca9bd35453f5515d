package org.lvzhi.participation.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.participation.Audience;
import org.lvzhi.participation.QuestionKind;
import org.lvzhi.participation.QuestionSpec;
import org.lvzhi.participation.QuestionnaireId;
import org.lvzhi.participation.questionnaires.QuestionnaireDesk;
import org.lvzhi.platform.SignedInUser;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchDocument;
import org.lvzhi.search.SearchHits;
import org.lvzhi.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Written answers in the search index: a response publishes one document per written answer, the
 * one a rebuild reads; it names neither the respondent nor her device, and only the general
 * office's accounts (who read single answers on the results page) find it.
 */
@IntegrationTest
@RecordApplicationEvents
class AnswerIndexTests {

	static final LocalDateTime OPENS = LocalDateTime.of(2031, 5, 1, 9, 0);
	static final LocalDateTime CLOSES = LocalDateTime.of(2031, 6, 1, 0, 0);
	static final LocalDateTime DURING = LocalDateTime.of(2031, 5, 12, 15, 30);

	@Autowired
	ApplicationEvents events;
	@Autowired
	AnswerIndex index;
	@Autowired
	QuestionnaireDesk desk;
	@Autowired
	Search search;
	@Autowired
	UserDetailsService users;
	@Autowired
	Accounts accounts;

	@Test
	void aWrittenAnswerIsFoundByTheGeneralOfficeAloneAndNamesNobody() {
		String title = "城市公园管理满意度调查 " + System.nanoTime();
		QuestionnaireId questionnaire = desk.create(title, "引言", "隐私说明", Audience.LINK);
		long district = desk.addQuestion(questionnaire,
				QuestionSpec.of(QuestionKind.SINGLE, "所在区", true, List.of("小店区", "迎泽区")));
		long wish = desk.addQuestion(questionnaire, QuestionSpec.of(QuestionKind.LONG_TEXT, "您对公园管理有何建议", false, List.of()));
		desk.publish(questionnaire, OPENS, CLOSES);
		desk.answer(questionnaire, Map.of("q" + district, List.of("小店区"), "q" + wish,
				List.of("希望龙潭公园增加夜间照明和无障碍通道。")), "device-7f3a", "zh", DURING);

		List<SearchDocument> published = events.stream(DocumentChanged.class).map(DocumentChanged::document)
			.filter(d -> d.type().equals(AnswerIndex.TYPE) && d.title().startsWith(title)).toList();
		assertThat(published).as("one document, for the one written answer").hasSize(1);
		SearchDocument document = published.get(0);
		List<SearchDocument> all = new ArrayList<>();
		index.forEach(all::add);
		assertThat(document).isEqualTo(all.stream().filter(d -> d.id().equals(document.id())).findFirst().orElseThrow());
		assertThat(document.title()).isEqualTo(title + " 您对公园管理有何建议");
		assertThat(document.body()).isEqualTo("希望龙潭公园增加夜间照明和无障碍通道。");
		assertThat(document.toString()).doesNotContain("device-7f3a", "15:30");
		assertThat(document.facets()).containsEntry(SearchDocument.YEAR, Set.of("2031"));
		assertThat(index.link(document.id()))
			.isEqualTo("/participation/questionnaires/" + questionnaire.value() + "/results?tq=" + wish);

		long office = account("bangongting");
		assertThat(document.readers()).contains(SearchDocument.accountReader(office))
			.doesNotContain(SearchDocument.STAFF, SearchDocument.PUBLIC);
		assertThat(ids(Set.of(SearchDocument.accountReader(office)))).contains(document.id());
		long member = account("weimin");
		assertThat(ids(Set.of(SearchDocument.PUBLIC, SearchDocument.STAFF, SearchDocument.accountReader(member))))
			.doesNotContain(document.id());

		long research = accounts.open(new NewAccount("answers-research-" + System.nanoTime() % 100000, "Lvzhi-test-pass-7",
				"研究室 检索测试", Role.STAFF, "RESEARCH", null, null));
		long joined = accounts.open(new NewAccount("answers-office-" + System.nanoTime() % 100000, "Lvzhi-test-pass-7",
				"办公厅 检索测试", Role.STAFF, "GENERAL_OFFICE", null, null));
		SearchDocument again = events.stream(DocumentChanged.class).map(DocumentChanged::document)
			.filter(d -> d.id().equals(document.id())).reduce((first, second) -> second).orElseThrow();
		assertThat(again.readers()).as("an office account opened later reads the answers too")
			.contains(SearchDocument.accountReader(joined)).doesNotContain(SearchDocument.accountReader(research));
		assertThat(ids(Set.of(SearchDocument.accountReader(joined)))).contains(document.id());
		assertThat(ids(Set.of(SearchDocument.accountReader(research)))).doesNotContain(document.id());
	}

	private long account(String username) {
		return ((SignedInUser) users.loadUserByUsername(username)).accountId();
	}

	private List<String> ids(Set<String> readers) {
		return search.search(new SearchQuery(AnswerIndex.TYPE, "龙潭公园夜间照明", Map.of(), readers, 0, 50)).hits().stream()
			.map(SearchHits.Hit::id).toList();
	}
}
