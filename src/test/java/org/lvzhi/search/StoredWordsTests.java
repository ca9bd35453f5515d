package org.lvzhi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A similar lookup reads its candidates' words from the index instead of analysing their texts
 * again: the counts must be the very ones the analysis gives, or the cosines would change.
 */
class StoredWordsTests {

	private static final List<String[]> TEXTS = List.of(
			new String[] { "关于加强城市生活垃圾分类管理的建议", "建议加快推进生活垃圾分类，完善分类投放、分类收集、分类运输和分类处理体系。" },
			new String[] { "關於改善農村道路交通安全的建議", "农村道路缺少标志标线，ＡＢＣ１２３路段事故多发，建议增设路灯和减速带。" },
			new String[] { "", "只有正文没有标题的一条意见：小区门口路灯不亮，晚上出行不便。" },
			new String[] { "Only a title", "" },
			new String[] { "很长的正文", "人大代表联络站接待选民。".repeat(600) });

	@Test
	void candidatesWordsFromTermVectorsAreTheAnalysedWords(@TempDir Path folder) throws Exception {
		ChineseAnalysis analyzer = new ChineseAnalysis();
		Resemblance resemblance = new Resemblance(analyzer);
		try (FSDirectory directory = FSDirectory.open(folder)) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
				int id = 0;
				for (String[] text : TEXTS) {
					writer.addDocument(Fields.toLucene(new SearchDocument("suggestion", String.valueOf(++id), text[0], text[1],
							Map.of(), LocalDate.of(2026, 1, 1), Set.of("public"))));
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				StoredFields stored = reader.storedFields();
				TermVectors vectors = reader.termVectors();
				for (int doc = 0; doc < reader.maxDoc(); doc++) {
					Document d = stored.document(doc);
					String title = d.get(Fields.TITLE);
					String body = d.get(Fields.BODY);
					assertThat(resemblance.words(vectors, doc, title, body)).as(title)
						.isEqualTo(resemblance.words(title + "\n" + body));
				}
			}
		}
	}
}
