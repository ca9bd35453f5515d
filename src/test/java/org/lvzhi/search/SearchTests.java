package org.lvzhi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.lvzhi.search.NoteFixture.note;
import static org.lvzhi.search.NoteFixture.privateScope;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class SearchTests {

	@Autowired
	Search search;
	@Autowired
	TestNotes notes;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	StartupRebuild startup;

	String scope;
	TestNotes.Note business;
	TestNotes.Note garbage;
	TestNotes.Note suggestions;

	@BeforeEach
	void notesFromTheWorkReport() throws Exception {
		startup.await(120);
		scope = privateScope();
		business = note("关于持续优化营商环境的报告", "太原市人大常委会开展优化营商环境条例执法检查，在全市范围内开展营商环境问卷调查，收回问卷3762份。",
				"unit-a", scope);
		garbage = note("太原市生活垃圾分类管理条例执法检查", "开展生活垃圾分类管理条例执法检查，推进垃圾减量化、资源化、无害化处理，助力改善城乡人居环境。",
				"unit-b", scope);
		suggestions = note("代表建议交办会", "召开代表建议交办会，认真落实代表重点建议处理办法，贯彻实施“五办联动”工作机制，严格执行“三见面”制度。",
				"unit-a", scope);
		List.of(business, garbage, suggestions).forEach(notes::save);
	}

	private List<String> ids(String text) {
		return ids(text, Map.of(), Set.of(scope));
	}

	private List<String> ids(String text, Map<String, Set<String>> facets, Set<String> readers) {
		return search.search(new SearchQuery(TestNotes.TYPE, text, facets, readers, 0, 10))
			.hits()
			.stream()
			.map(SearchHits.Hit::id)
			.toList();
	}

	@Test
	void findsRecordsByTheShorterWordsUsersType() {
		assertThat(ids("营商")).first().isEqualTo(business.id());
		assertThat(ids("营商环境")).first().isEqualTo(business.id());
		assertThat(ids("垃圾分类")).first().isEqualTo(garbage.id());
		assertThat(ids("生活垃圾分类")).first().isEqualTo(garbage.id());
		assertThat(ids("建议")).containsExactly(suggestions.id());
		assertThat(ids("代表建议")).first().isEqualTo(suggestions.id());
		assertThat(ids("执法检查")).containsExactlyInAnyOrder(business.id(), garbage.id());
		assertThat(ids("人大常委会")).first().isEqualTo(business.id());
		assertThat(ids("常委会")).contains(business.id());
	}

	@Test
	void ranksTitleMatchesFirst() {
		TestNotes.Note mention = note("城乡人居环境", "报告中提到垃圾分类。", "unit-c", scope);
		notes.save(mention);
		assertThat(ids("垃圾分类")).containsExactly(garbage.id(), mention.id());
	}

	@Test
	void blankTextListsEveryReadableRecord() {
		assertThat(ids(" ")).hasSize(3);
		assertThat(search.search(new SearchQuery(TestNotes.TYPE, null, null, Set.of(scope), 0, 10)).total())
			.isEqualTo(3);
	}

	@Test
	void facetFiltersAreExact() {
		assertThat(ids("", Search.facets("unit", "unit-a"), Set.of(scope)))
			.containsExactlyInAnyOrder(business.id(), suggestions.id());
		assertThat(ids("执法检查", Search.facets("unit", "unit-b"), Set.of(scope))).containsExactly(garbage.id());
		assertThat(ids("", Search.facets("unit", "unit"), Set.of(scope))).isEmpty();
	}

	@Test
	void aUnitNeverSeesAnotherUnitsRecords() {
		String otherUnit = privateScope();
		notes.save(note("另一单位的营商环境材料", "营商环境", "unit-a", otherUnit));
		assertThat(ids("营商", Map.of(), Set.of("public", otherUnit))).hasSize(1).doesNotContain(business.id());
		assertThat(ids("营商", Map.of(), Set.of("public", scope))).doesNotContain(ids("营商", Map.of(), Set.of(otherUnit)).get(0));
		assertThat(ids("营商", Map.of(), Set.of())).isEmpty();
		assertThat(ids("营商", Map.of(), null)).isEmpty();
	}

	@Test
	void pagesThroughHits() {
		SearchHits first = search.search(new SearchQuery(TestNotes.TYPE, "", Map.of(), Set.of(scope), 0, 2));
		SearchHits rest = search.search(new SearchQuery(TestNotes.TYPE, "", Map.of(), Set.of(scope), 2, 2));
		assertThat(first.total()).isEqualTo(3);
		assertThat(first.hits()).hasSize(2);
		assertThat(rest.hits()).hasSize(1);
	}

	@Test
	void snippetsMarkTheMatchedWords() {
		SearchHits.Hit hit = search.search(new SearchQuery(TestNotes.TYPE, "垃圾分类", Map.of(), Set.of(scope), 0, 1))
			.hits()
			.get(0);
		assertThat(hit.title()).isEqualTo(garbage.title());
		assertThat(hit.snippet()).contains("生活垃圾分类管理条例").doesNotContain("<");
		assertThat(hit.parts()).filteredOn(SearchHits.Part::marked)
			.extracting(SearchHits.Part::text)
			.anySatisfy(word -> assertThat(word).contains("垃圾"));
		assertThat(String.join("", hit.parts().stream().map(SearchHits.Part::text).toList())).isEqualTo(hit.snippet());
	}

	@Test
	void aChangeIsFoundOnceCommittedAndARemovedRecordNoMore() {
		notes.save(new TestNotes.Note(garbage.id(), garbage.title(), "改为餐厨废弃物管理", "unit-b", Set.of(scope)));
		assertThat(ids("餐厨")).containsExactly(garbage.id());
		notes.remove(garbage.id());
		assertThat(ids("餐厨")).isEmpty();
		assertThat(ids("")).hasSize(2);
	}

	@Test
	void aRolledBackChangeNeverReachesTheIndex() {
		transactions.executeWithoutResult(status -> {
			notes.save(note("撤回的草稿", "不应被检索到的专项工作报告草稿", "unit-a", scope));
			notes.remove(business.id());
			status.setRollbackOnly();
		});
		assertThat(ids("草稿")).isEmpty();
		assertThat(ids("营商")).contains(business.id());
	}

	@Test
	void rebuildingFromTheSourceKeepsTheCounts() {
		long before = search.count(TestNotes.TYPE);
		assertThat(before).isEqualTo(notes.rows());
		assertThat(search.rebuild(TestNotes.TYPE)).isEqualTo(notes.rows());
		assertThat(search.count(TestNotes.TYPE)).isEqualTo(before);
		assertThat(ids("营商")).first().isEqualTo(business.id());
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"(营商", "AND", "OR NOT", "*", "?", "营商~2", "title:营商", "[1 TO 5]", "\\", "（）【】",
			"\u0000\uFFFF", "a AND (b OR", "营商 AND -", "\"\"", "&&||!" })
	void oddInputNeverFails(String text) {
		assertThatCode(() -> {
			search.search(new SearchQuery(TestNotes.TYPE, text, Map.of(), Set.of(scope), 0, 10));
			search.similar(TestNotes.TYPE, text, 5, Set.of(scope), Set.of());
			search.hint(TestNotes.TYPE, text, "unit", 3);
		}).doesNotThrowAnyException();
		assertThat(ids("\"(营商")).first().isEqualTo(business.id());
	}

	@Test
	void nonsenseArgumentsGiveNoHits() {
		assertThatCode(() -> {
			assertThat(search.search(new SearchQuery("no such type", "营商", null, Set.of(scope), 0, 10)).hits()).isEmpty();
			assertThat(search.search(new SearchQuery("../etc", "营商", null, Set.of(scope), 0, 10)).hits()).isEmpty();
			assertThat(search.search(new SearchQuery(TestNotes.TYPE, "营商", null, Set.of(scope), -5, 0)).hits()).isEmpty();
			assertThat(search.search(null).hits()).isEmpty();
			assertThat(search.similar(null, null, 5, null, null)).isEmpty();
			assertThat(search.hint(TestNotes.TYPE, "营商", null, 3)).isEmpty();
			assertThat(search.count("nothing-here")).isZero();
			search.search(new SearchQuery(TestNotes.TYPE, "营商".repeat(5_000), null, Set.of(scope), 0, 10));
			search.similar(TestNotes.TYPE, "营商环境执法检查".repeat(5_000), 5, Set.of(scope), null);
		}).doesNotThrowAnyException();
	}
}
