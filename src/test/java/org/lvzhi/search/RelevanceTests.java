package org.lvzhi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.search.Search.AllTypesQuery;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Relevance of the search box on the judged query set, against a baseline: the substring match a
 * plain SQL search does ({@code title LIKE '%q%' OR body LIKE '%q%'}, title matches first, newest
 * first), over the same records as the index holds them. Prints nDCG@10 and recall@20 of both per
 * kind of query, and fails when the live figures fall below those recorded in
 * {@code search/relevance-floor.properties} (docs/benchmarks.md keeps their history).
 */
@IntegrationTest
class RelevanceTests {

	/** Read as one who may see every record, so that the judgements of every type count. */
	Set<String> everyone = new java.util.HashSet<>();

	@Autowired
	LuceneSearch search;
	@Autowired
	DocumentSources sources;
	@Autowired
	StartupRebuild startup;

	record Doc(String type, String id, String title, String body, java.time.LocalDate date, Set<String> readers) {
	}

	record Scores(double ndcg, double recall) {
	}

	@Test
	void theLiveSearchRanksTheJudgedRecordsAtLeastAsWellAsRecorded() throws Exception {
		startup.await(300);
		List<Doc> docs = new ArrayList<>();
		for (String type : sources.types()) {
			if (type.startsWith("test-")) {
				continue;
			}
			sources.forType(type).orElseThrow().forEach(d -> {
				docs.add(new Doc(d.type(), d.id(), d.title(), d.body(), d.date(), d.readers()));
				everyone.addAll(d.readers());
			});
		}
		Judgements judgements = Judgements.load();
		assertThat(judgements.queries()).as("at least 80 judged queries").hasSizeGreaterThanOrEqualTo(80);

		// Each step of the analysis, added one after the other, so that each one's share shows.
		Map<String, AllTypes> steps = new LinkedHashMap<>();
		ChineseAnalysis unfolded = new ChineseAnalysis(false);
		steps.put("jieba words, congress dictionary, title and phrase boosts",
				new AllTypes(new UserQueries(unfolded, Synonyms.none()), new Snippets(unfolded)));
		ChineseAnalysis folded = new ChineseAnalysis();
		steps.put("+ traditional characters folded", new AllTypes(new UserQueries(folded, Synonyms.none()), new Snippets(folded)));
		Map<String, List<Scores>> byStep = new LinkedHashMap<>();

		Map<String, List<Scores>> live = new LinkedHashMap<>();
		Map<String, List<Scores>> baseline = new LinkedHashMap<>();
		List<String> unjudged = new ArrayList<>();
		for (Judgements.Query q : judgements.queries()) {
			Map<String, Integer> grades = grades(q, docs);
			if (grades.isEmpty()) {
				unjudged.add(q.text());
				continue;
			}
			List<String> found = search.searchAll(new AllTypesQuery(Set.of(), q.text(), Map.of(), everyone, 0, 20))
				.hits()
				.stream()
				.map(h -> h.type() + "/" + h.hit().id())
				.toList();
			List<String> substring = like(q.text(), docs);
			if (q.kind().equals(System.getProperty("lvzhi.search.explain"))) {
				// What a kind of query finds, to see why it ranks as it does: -Dlvzhi.search.explain=sitting
				System.out.println(q.text() + " → " + search.searchAll(new AllTypesQuery(Set.of(), q.text(), Map.of(), everyone, 0, 5))
					.hits().stream().map(h -> h.type() + ":" + h.hit().title() + " " + grades.getOrDefault(h.type() + "/" + h.hit().id(), 0))
					.toList());
			}
			live.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(scores(found, grades));
			steps.forEach((step, engine) -> byStep.computeIfAbsent(step, k -> new ArrayList<>())
				.add(scores(search.searchAll(new AllTypesQuery(Set.of(), q.text(), Map.of(), everyone, 0, 20), engine)
					.hits()
					.stream()
					.map(h -> h.type() + "/" + h.hit().id())
					.toList(), grades)));
			baseline.computeIfAbsent(q.kind(), k -> new ArrayList<>()).add(scores(substring, grades));
		}

		Scores liveAll = mean(live.values().stream().flatMap(List::stream).toList());
		Scores baseAll = mean(baseline.values().stream().flatMap(List::stream).toList());
		StringBuilder table = new StringBuilder("\n| queries | n | nDCG@10 live | nDCG@10 LIKE | recall@20 live | recall@20 LIKE |\n|---|--:|--:|--:|--:|--:|\n");
		live.forEach((kind, scores) -> {
			Scores l = mean(scores);
			Scores b = mean(baseline.get(kind));
			table.append(row(kind, scores.size(), l, b));
		});
		table.append(row("**all**", judgements.queries().size(), liveAll, baseAll));
		StringBuilder history = new StringBuilder("\n| analysis | nDCG@10 | recall@20 |\n|---|--:|--:|\n");
		history.append(String.format(Locale.ROOT, "| substring match (LIKE) | %.3f | %.3f |%n", baseAll.ndcg(), baseAll.recall()));
		byStep.forEach((step, scores) -> {
			Scores m = mean(scores);
			history.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f |%n", step, m.ndcg(), m.recall()));
		});
		history.append(String.format(Locale.ROOT, "| + synonyms and abbreviations (live) | %.3f | %.3f |%n", liveAll.ndcg(),
				liveAll.recall()));
		System.out.println("Search relevance on the judged query set:" + table + history);

		assertThat(unjudged).as("every judged record exists in the demo world and the library").isEmpty();
		Properties floor = new Properties();
		try (InputStream in = RelevanceTests.class.getResourceAsStream("/search/relevance-floor.properties")) {
			floor.load(in);
		}
		assertThat(liveAll.ndcg()).as("nDCG@10 of the live search").isGreaterThanOrEqualTo(
				Double.parseDouble(floor.getProperty("ndcg10")));
		assertThat(liveAll.recall()).as("recall@20 of the live search").isGreaterThanOrEqualTo(
				Double.parseDouble(floor.getProperty("recall20")));
		assertThat(liveAll.ndcg()).as("the search ranks better than a substring match").isGreaterThan(baseAll.ndcg());
	}

	private static String row(String kind, int n, Scores l, Scores b) {
		return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |%n", kind, n, l.ndcg(), b.ndcg(),
				l.recall(), b.recall());
	}

	static Map<String, Integer> grades(Judgements.Query q, List<Doc> docs) {
		Map<String, Integer> grades = new HashMap<>();
		for (Judgements.Judged j : q.judged()) {
			for (Doc d : docs) {
				if (j.matches(d.type(), d.title())) {
					grades.merge(d.type() + "/" + d.id(), j.grade(), Math::max);
				}
			}
		}
		return grades;
	}

	/** The baseline: records whose title or body holds the query as typed, title matches first, newest first. */
	static List<String> like(String query, List<Doc> docs) {
		String q = query.strip();
		return docs.stream()
			.filter(d -> contains(d.title(), q) || contains(d.body(), q))
			.sorted(Comparator.<Doc>comparingInt(d -> contains(d.title(), q) ? 0 : 1)
				.thenComparing(d -> d.date() == null ? java.time.LocalDate.MIN : d.date(), Comparator.reverseOrder()))
			.limit(20)
			.map(d -> d.type() + "/" + d.id())
			.toList();
	}

	private static boolean contains(String text, String q) {
		return text != null && text.contains(q);
	}

	static Scores scores(List<String> ranked, Map<String, Integer> grades) {
		double dcg = 0;
		for (int i = 0; i < Math.min(10, ranked.size()); i++) {
			dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
		}
		List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
		double idcg = 0;
		for (int i = 0; i < Math.min(10, ideal.size()); i++) {
			idcg += gain(ideal.get(i)) / log2(i + 2);
		}
		long relevantFound = ranked.stream().limit(20).filter(grades::containsKey).count();
		// Recall against what 20 results could hold at most: a query with 60 relevant records is not
		// failed for listing 20 of them on its first page.
		double recall = (double) relevantFound / Math.min(20, grades.size());
		return new Scores(idcg == 0 ? 0 : dcg / idcg, recall);
	}

	private static double gain(int grade) {
		return Math.pow(2, grade) - 1;
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

	static Scores mean(List<Scores> scores) {
		return new Scores(scores.stream().mapToDouble(Scores::ndcg).average().orElse(0),
				scores.stream().mapToDouble(Scores::recall).average().orElse(0));
	}
}
