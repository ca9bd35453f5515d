package org.lvzhi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvzhi.search.Search.AllTypesQuery;

/**
 * What users type, as the search box reads it: traditional characters, the domain's abbreviations,
 * over indexes of several types read as one. Plain Lucene indexes in a folder, no application.
 */
class QueryAnalysisTests {

	@TempDir
	Path folder;
	Indexes indexes;
	AllTypes all;

	@BeforeEach
	void open() {
		indexes = new Indexes(new SearchProperties(folder, Duration.ofHours(1), false, 1));
		all = new AllTypes(new UserQueries(indexes.analyzer()), new Snippets(indexes.analyzer()));
	}

	@AfterEach
	void close() {
		indexes.destroy();
	}

	private void put(String type, String id, String title, String body) {
		indexes.forWriting(type).put(new SearchDocument(type, id, title, body, Map.of(SearchDocument.YEAR, Set.of("2026")),
				LocalDate.of(2026, 3, 1), Set.of("public")));
	}

	private List<String> titles(String text) {
		List<String> types = List.copyOf(indexes.types());
		List<org.apache.lucene.search.IndexSearcher> held = new java.util.ArrayList<>();
		return hold(types, 0, held, text).hits()
			.stream()
			.map(h -> h.hit().title())
			.toList();
	}

	private Search.AllTypesHits hold(List<String> types, int at, List<org.apache.lucene.search.IndexSearcher> held,
			String text) {
		if (at == types.size()) {
			return all.search(new AllTypesQuery(Set.of(), text, Map.of(), Set.of("public"), 0, 10), types, held);
		}
		return indexes.forReading(types.get(at)).orElseThrow().withSearcher(searcher -> {
			held.add(searcher);
			return hold(types, at + 1, held, text);
		});
	}

	@Test
	void abbreviationsOfTheDomainFindTheLongForms() {
		put("report", "1", "市人民检察院公益诉讼工作情况的报告", "检察机关办理公益诉讼案件。");
		put("report", "2", "人民代表大会常务委员会监督工作", "听取和审议专项工作报告。");
		put("topic", "3", "公园绿地养护", "园林绿化。");
		assertThat(titles("一府一委两院")).first().isEqualTo("市人民检察院公益诉讼工作情况的报告");
		assertThat(titles("人大常委会")).first().isEqualTo("人民代表大会常务委员会监督工作");
		assertThat(titles("人大常委会")).doesNotContain("公园绿地养护");

		UserQueries plain = new UserQueries(new ChineseAnalysis(), Synonyms.none());
		assertThat(plain.matching("一府一委两院").toString()).doesNotContain("检察院");
	}

	@Test
	void traditionalCharactersFindSimplifiedTextAndTheOtherWayRound() {
		put("law", "1", "关于优化营商环境的决定", "进一步优化营商环境，降低企业成本。");
		put("law", "2", "關於加強物業管理的決定", "規範物業服務收費。");
		assertThat(titles("優化營商環境")).first().isEqualTo("关于优化营商环境的决定");
		assertThat(titles("物业服务收费")).first().isEqualTo("關於加強物業管理的決定");
	}
}
