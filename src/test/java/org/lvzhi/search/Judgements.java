package org.lvzhi.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The judged query set ({@code search/judgements.tsv}): what staff, deputies and the public type,
 * each with the records a person judging the results would want, graded 3 (what was asked for),
 * 2 (relevant) or 1 (related). Records are named by type and title, not by ID, so the judgements
 * hold for the demo world on any database; a title between asterisks names every record of the
 * type whose title contains it.
 *
 * <p>Lines: {@code query <TAB> kind <TAB> grade:type:title | grade:type:*part* | ...}; {@code #}
 * comments. The kind says what the query tests (short, long, typo, traditional, abbreviation …).
 */
record Judgements(List<Query> queries) {

	static final String FILE = "/search/judgements.tsv";

	record Judged(int grade, String type, String title) {

		boolean contains() {
			return title.length() > 2 && title.startsWith("*") && title.endsWith("*");
		}

		boolean matches(String docType, String docTitle) {
			if (!type.equals(docType) || docTitle == null) {
				return false;
			}
			return contains() ? docTitle.contains(title.substring(1, title.length() - 1)) : docTitle.equals(title);
		}
	}

	record Query(String text, String kind, List<Judged> judged) {
	}

	static Judgements load() {
		try (InputStream in = Judgements.class.getResourceAsStream(FILE)) {
			if (in == null) {
				throw new IllegalStateException("missing " + FILE);
			}
			List<Query> queries = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\t");
				if (parts.length != 3) {
					throw new IllegalArgumentException("not query<TAB>kind<TAB>judgements: " + line);
				}
				List<Judged> judged = new ArrayList<>();
				for (String j : parts[2].split("\\|")) {
					String[] g = j.strip().split(":", 3);
					judged.add(new Judged(Integer.parseInt(g[0]), g[1], g[2]));
				}
				queries.add(new Query(parts[0].strip(), parts[1].strip(), judged));
			}
			return new Judgements(queries);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
