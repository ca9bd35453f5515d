package org.lvzhi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchHits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures the routing hint and the duplicate warning on the demo world's own suggestions, as the
 * search index holds them (see {@code docs/benchmarks.md}, "Suggestions: routing hint and duplicate
 * warning quality").
 *
 * <p>Routing: leave-one-out over every assigned demo suggestion — the hint is computed from the 20
 * most similar other suggestions, weighted as {@code Search.hint} weighs them (ADR 0006), and
 * compared with the lead unit staff actually chose. Duplicates: a pair of demo suggestions is a
 * true duplicate when it asks for the same subject in the same place (read from the demo plan,
 * which the texts were written from); a pair is warned about when one is among the other's five
 * most similar at or above the warning threshold.
 */
@IntegrationTest
@Tag("measurement")
class DemoRoutingQualityMeasurement {

	static final String TYPE = "suggestion";
	static final double[] THRESHOLDS = { 0.4, 0.5, 0.6, 0.7, 0.8 };

	@Autowired
	Search search;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	DemoSettings settings;
	@Autowired
	Deadlines deadlines;

	record Stored(String id, String title, String body, Long lead) {

		String text() {
			return title + "\n" + body;
		}
	}

	@Test
	void theHintNamesTheChosenUnitAndTheWarningFindsTheSameMatterTwice() {
		long started = System.nanoTime();
		SuggestionPlan plan = SuggestionPlanner.plan(new DemoContext(settings.seed()).random("suggestions"),
				d -> deadlines.isWorkingDay(d) ? d : deadlines.nextWorkingDay(d), 480);
		Map<String, String> matterByText = new HashMap<>();
		for (SuggestionPlan.Planned p : plan.suggestions()) {
			matterByText.put(p.title() + "\n" + p.body(), matter(p));
		}
		Map<String, Stored> demo = new HashMap<>();
		Map<String, Long> leadOf = new HashMap<>();
		jdbc.sql("""
				SELECT s.id, s.title, s.body, (SELECT MIN(a.organization_id) FROM suggestions_assignment a
				  WHERE a.suggestion_id = s.id AND a.role = 'LEAD' AND a.status <> 'RETURNED') AS lead
				FROM suggestions_suggestion s WHERE s.state NOT IN ('DRAFT', 'WITHDRAWN', 'MERGED')""")
			.query((rs, n) -> new Stored(String.valueOf(rs.getLong("id")), rs.getString("title"), rs.getString("body"),
					rs.getObject("lead", Long.class)))
			.list()
			.forEach(s -> {
				if (s.lead() != null) {
					leadOf.put(s.id(), s.lead());
				}
				if (matterByText.containsKey(s.text())) {
					demo.put(s.id(), s);
				}
			});
		assertThat(demo).hasSizeGreaterThan(400);

		int queries = 0;
		int top1 = 0;
		int top3 = 0;
		for (Stored s : demo.values()) {
			if (s.lead() == null) {
				continue;
			}
			List<Long> hint = hint(s, leadOf);
			queries++;
			top1 += !hint.isEmpty() && hint.get(0).equals(s.lead()) ? 1 : 0;
			top3 += hint.contains(s.lead()) ? 1 : 0;
		}

		// Every pair of demo suggestions asking for the same subject in the same place.
		Map<String, List<String>> byMatter = new HashMap<>();
		demo.values().forEach(s -> byMatter.computeIfAbsent(matterByText.get(s.text()), k -> new ArrayList<>()).add(s.id()));
		Set<Set<String>> truePairs = new HashSet<>();
		byMatter.values().forEach(ids -> {
			for (int i = 0; i < ids.size(); i++) {
				for (int j = i + 1; j < ids.size(); j++) {
					truePairs.add(Set.of(ids.get(i), ids.get(j)));
				}
			}
		});
		Map<Set<String>, Double> bestScore = new HashMap<>();
		for (Stored s : demo.values()) {
			for (SearchHits.Hit hit : search.similar(TYPE, s.text(), 5, Set.of("staff"), Set.of(s.id()))) {
				if (demo.containsKey(hit.id())) {
					bestScore.merge(Set.of(s.id(), hit.id()), (double) hit.score(), Math::max);
				}
			}
		}
		System.out.printf("demo routing hint: %d assigned suggestions, top-1 %.1f%%, top-3 %.1f%%%n", queries,
				100.0 * top1 / queries, 100.0 * top3 / queries);
		System.out.printf("demo duplicates: %d suggestions, %d true pairs (same subject, same place)%n", demo.size(),
				truePairs.size());
		for (double threshold : THRESHOLDS) {
			long flagged = bestScore.entrySet().stream().filter(e -> e.getValue() >= threshold).count();
			long right = bestScore.entrySet().stream().filter(e -> e.getValue() >= threshold)
				.filter(e -> truePairs.contains(e.getKey())).count();
			System.out.printf("  threshold %.1f: %d pairs warned, %d true: precision %.1f%%, recall %.1f%%%n", threshold,
					flagged, right, flagged == 0 ? 0 : 100.0 * right / flagged,
					truePairs.isEmpty() ? 0 : 100.0 * right / truePairs.size());
		}
		System.out.printf("measured in %d ms%n", (System.nanoTime() - started) / 1_000_000);
		// Floors well below the measured figures: a drop below them means the analysis or scoring broke.
		assertThat((double) top1 / queries).isGreaterThan(0.5);
		assertThat((double) top3 / queries).isGreaterThan(0.7);
	}

	/** The units of the 20 most similar other suggestions, by their share of the similarity, best first. */
	private List<Long> hint(Stored s, Map<String, Long> leadOf) {
		Map<Long, Double> weights = new HashMap<>();
		for (SearchHits.Hit hit : search.similar(TYPE, s.text(), 20, Set.of("staff"), Set.of(s.id()))) {
			Long unit = leadOf.get(hit.id());
			if (hit.score() >= 0.05 && unit != null) {
				weights.merge(unit, (double) hit.score(), Double::sum);
			}
		}
		return weights.entrySet().stream().sorted(Map.Entry.<Long, Double>comparingByValue(Comparator.reverseOrder()))
			.limit(3).map(Map.Entry::getKey).toList();
	}

	/** What a planned suggestion asks for: its subject and place, read back from its title. */
	private static String matter(SuggestionPlan.Planned p) {
		String place = SuggestionThemes.PLACES.stream().filter(p.title()::contains).findFirst().orElse("?");
		String subject = p.theme().subjects().stream().filter(p.title()::contains)
			.max(Comparator.comparingInt(String::length)).orElse("?");
		return place + "|" + subject;
	}
}
