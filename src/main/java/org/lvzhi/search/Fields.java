package org.lvzhi.search;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * How a {@link SearchDocument} is laid out in Lucene: analysed title and body, exact facets under
 * {@code facet.<name>}, readers as exact keys, the date as a point and for sorting.
 */
final class Fields {

	static final String ID = "id";
	static final String TITLE = "title";
	static final String BODY = "body";
	static final String READER = "reader";
	static final String DATE = "date";
	static final String FACET_PREFIX = "facet.";

	/**
	 * The layout's version, kept in each index's commit data. An index of another version is
	 * dropped when opened and rebuilt from its source: Lucene refuses to mix layouts in one field.
	 */
	static final String FORMAT = "4";

	/**
	 * The body keeps its offsets in the postings, so snippets are cut from the index instead of
	 * running the Chinese analysis over every hit again (half of a search's time without them).
	 * Title and body keep their words and counts per document (term vectors), so a similar lookup
	 * weighs its 50 candidates from the index instead of analysing their texts again (see
	 * {@link Resemblance#words(org.apache.lucene.index.TermVectors, int, String, String)}).
	 */
	private static final FieldType BODY_TYPE = bodyType();
	private static final FieldType TITLE_TYPE = titleType();

	private static FieldType bodyType() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.setStoreTermVectors(true);
		type.freeze();
		return type;
	}

	private static FieldType titleType() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setStoreTermVectors(true);
		type.freeze();
		return type;
	}

	/**
	 * The facets the search box filters every type by, also kept as doc values so that the values
	 * of all matches can be counted in the same pass as the search. Lucene wants a field laid out
	 * alike in every document, so these three always get both.
	 */
	static final Set<String> COUNTED = Set.of(SearchDocument.YEAR, SearchDocument.STATE, SearchDocument.ORG);

	private Fields() {
	}

	static String facet(String name) {
		return FACET_PREFIX + name;
	}

	static Document toLucene(SearchDocument source) {
		Document doc = new Document();
		doc.add(new StringField(ID, source.id(), Field.Store.YES));
		doc.add(new Field(TITLE, nullToEmpty(source.title()), TITLE_TYPE));
		doc.add(new Field(BODY, nullToEmpty(source.body()), BODY_TYPE));
		Map<String, Set<String>> facets = source.facets() == null ? Map.of() : source.facets();
		facets.forEach((name, values) -> {
			if (name != null && values != null) {
				values.stream()
					.filter(v -> v != null)
					.forEach(v -> {
						doc.add(new StringField(facet(name), v, Field.Store.YES));
						if (COUNTED.contains(name)) {
							doc.add(new SortedSetDocValuesField(facet(name), new BytesRef(v)));
						}
					});
			}
		});
		Set<String> readers = source.readers() == null ? Set.of() : source.readers();
		readers.stream().filter(r -> r != null).forEach(r -> doc.add(new StringField(READER, r, Field.Store.NO)));
		LocalDate date = source.date();
		if (date != null) {
			long day = date.toEpochDay();
			doc.add(new LongPoint(DATE, day));
			doc.add(new NumericDocValuesField(DATE, day));
			doc.add(new StoredField(DATE, day));
		}
		return doc;
	}

	static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
