package org.lvzhi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexFormatTests {

	private static SearchDocument note(String id) {
		return new SearchDocument("note", id, "标题", "正文内容", Map.of(), LocalDate.of(2023, 1, 1), Set.of("public"));
	}

	@Test
	void anIndexOfAnEarlierLayoutIsDroppedSoThatItCanBeRebuilt(@TempDir Path folder) throws Exception {
		// An index as the first layout wrote it: body without offsets, no format in the commit data.
		try (FSDirectory directory = FSDirectory.open(folder);
				IndexWriter old = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			Document doc = new Document();
			doc.add(new StringField(Fields.ID, "1", Field.Store.YES));
			doc.add(new TextField(Fields.BODY, "旧的正文", Field.Store.YES));
			old.addDocument(doc);
			old.commit();
		}

		try (TypeIndex index = new TypeIndex(folder, new StandardAnalyzer())) {
			assertThat(index.count()).isZero();
			index.replaceAll(consumer -> consumer.accept(note("2")), Instant.parse("2026-11-26T00:00:00Z"));
			assertThat(index.count()).isEqualTo(1);
		}
		try (TypeIndex reopened = new TypeIndex(folder, new StandardAnalyzer())) {
			assertThat(reopened.count()).as("an index of the current layout is kept").isEqualTo(1);
		}
	}
}
