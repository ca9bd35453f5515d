package org.lvzhi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Which passage of a body a results page shows: cut at sentence ends, the one holding most of the
 * typed words, the earliest among equals.
 */
class SnippetPassageTests {

	@Test
	void sentencesEndAtChineseAndLatinPunctuationAndLineEnds() {
		String text = "第一句。第二句！第三句？第四句；第五 sentence. Six!\n最后一句";
		BreakIterator sentences = new SnippetSentences();
		sentences.setText(text);
		List<Integer> forward = new ArrayList<>();
		for (int at = sentences.first(); at != BreakIterator.DONE; at = sentences.next()) {
			forward.add(at);
		}
		// A full stop is no boundary: 3.5 and abbreviations would cut a sentence.
		assertThat(forward).containsExactly(0, 4, 8, 12, 16, text.indexOf('!') + 1, text.indexOf('\n') + 1, text.length());
		assertThat(sentences.following(0)).isEqualTo(4);
		assertThat(sentences.following(3)).isEqualTo(4);
		assertThat(sentences.following(4)).isEqualTo(8);
		assertThat(sentences.preceding(4)).isZero();
		assertThat(sentences.preceding(5)).isEqualTo(4);
		assertThat(sentences.following(text.length())).isEqualTo(BreakIterator.DONE);
		assertThat(sentences.preceding(0)).isEqualTo(BreakIterator.DONE);
		sentences.last();
		assertThat(sentences.previous()).isEqualTo(text.indexOf('\n') + 1);
	}

	@Test
	void theSnippetIsTheSentenceWithMostOfTheWords() throws Exception {
		ChineseAnalysis analyzer = new ChineseAnalysis();
		String body = "本市推进老旧小区改造。加装电梯工作有序开展。老旧小区加装电梯需要居民协商一致。其他事项另行安排。";
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			writer.addDocument(Fields.toLucene(new SearchDocument("note", "1", "标题", body, Map.of(), null, Set.of("r"))));
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				Query query = new UserQueries(analyzer).words("老旧小区 加装电梯");
				Snippets.Snippet snippet = new Snippets(analyzer).of(searcher, query, new int[] { 0 })[0];
				assertThat(snippet.text()).startsWith("…老旧小区加装电梯需要居民协商一致。");
				assertThat(snippet.marks()).isNotEmpty();
				Query one = new TermQuery(new Term(Fields.BODY, "电梯"));
				assertThat(new Snippets(analyzer).of(searcher, one, new int[] { 0 })[0].text())
					.startsWith("…加装电梯工作有序开展。");
			}
		}
	}
}
