package org.lvzhi.suggestions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.search.DocumentChanged;
import org.lvzhi.search.DocumentRemoved;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchDocument;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Measures the routing hint and the duplicate warning on a labelled set (see
 * {@code docs/benchmarks.md}): leave-one-out top-1 and top-3 accuracy of the hint against the unit
 * actually chosen, and precision and recall of the duplicate warning on planted near-duplicates.
 * The set lives in an index type of its own, through the real analyzer and scoring, so that the
 * shared database and the {@code suggestion} index stay untouched.
 */
@IntegrationTest
@Tag("measurement")
class RoutingQualityMeasurement {

	static final String TYPE = "suggestion-measurement";
	static final double THRESHOLD = 0.6;

	@Autowired
	Search search;
	@Autowired
	ApplicationEventPublisher events;

	@Test
	void theRoutingHintNamesTheChosenUnitAndTheDuplicateWarningFindsPlantedDuplicates() {
		List<RoutingCorpus.Labelled> set = RoutingCorpus.generate(2023, 30, 6);
		Map<String, RoutingCorpus.Labelled> byId = RoutingCorpus.byId(set);
		long started = System.nanoTime();
		set.forEach(this::put);
		try {
			int queries = 0;
			int top1 = 0;
			int top3 = 0;
			for (RoutingCorpus.Labelled l : set) {
				if (l.duplicateOf() != null) {
					continue;
				}
				// Leave one out: the suggestion and any planted paraphrase of it are excluded, and the
				// hint is weighed as Search.hint does (ADR 0006: the 20 most similar above 0.05, each
				// unit's share of their similarity); removing and re-adding documents instead would
				// commit the index twice per suggestion and make this take minutes.
				Set<String> out = new HashSet<>(set.stream().filter(x -> l.id().equals(x.duplicateOf()))
					.map(RoutingCorpus.Labelled::id).toList());
				out.add(l.id());
				List<Search.FacetHint> hint = hint(l, out, byId);
				queries++;
				if (!hint.isEmpty() && hint.get(0).value().equals(l.unit())) {
					top1++;
				}
				if (hint.stream().anyMatch(h -> h.value().equals(l.unit()))) {
					top3++;
				}
			}
			int planted = 0;
			int found = 0;
			Set<Set<String>> flagged = new HashSet<>();
			for (RoutingCorpus.Labelled l : set) {
				List<org.lvzhi.search.SearchHits.Hit> hits = search.similar(TYPE, l.title() + "\n" + l.body(), 5,
						Set.of("staff"), Set.of(l.id()));
				hits.stream().filter(h -> h.score() >= THRESHOLD).forEach(h -> flagged.add(Set.of(l.id(), h.id())));
				if (l.duplicateOf() != null) {
					planted++;
					if (!hits.isEmpty() && hits.get(0).id().equals(l.duplicateOf()) && hits.get(0).score() >= THRESHOLD) {
						found++;
					}
				}
			}
			long truePairs = flagged.stream().filter(pair -> pair.stream()
				.anyMatch(id -> byId.get(id).duplicateOf() != null && pair.contains(byId.get(id).duplicateOf()))).count();
			double precision = flagged.isEmpty() ? 0 : (double) truePairs / flagged.size();
			System.out.printf("routing hint: %d suggestions, top-1 %.1f%%, top-3 %.1f%%; duplicates: %d planted, "
					+ "found %d (recall %.1f%%), %d pairs flagged at >= %.1f, precision %.1f%%; %d ms%n", queries,
					100.0 * top1 / queries, 100.0 * top3 / queries, planted, found, 100.0 * found / planted, flagged.size(),
					THRESHOLD, 100 * precision, (System.nanoTime() - started) / 1_000_000);
			// Floors well below the measured figures: a drop below them means the analysis or scoring broke.
			assertThat((double) top1 / queries).isGreaterThan(0.6);
			assertThat((double) top3 / queries).isGreaterThan(0.8);
			assertThat((double) found / planted).isGreaterThan(0.7);
		}
		finally {
			set.forEach(l -> events.publishEvent(new DocumentRemoved(TYPE, l.id())));
		}
	}

	private List<Search.FacetHint> hint(RoutingCorpus.Labelled l, Set<String> out, Map<String, RoutingCorpus.Labelled> byId) {
		Map<String, Double> weights = new java.util.HashMap<>();
		double total = 0;
		for (var hit : search.similar(TYPE, l.title() + "\n" + l.body(), 20, Set.of("staff"), out)) {
			if (hit.score() >= 0.05) {
				total += hit.score();
				weights.merge(byId.get(hit.id()).unit(), (double) hit.score(), Double::sum);
			}
		}
		double sum = total;
		return weights.entrySet().stream().map(e -> new Search.FacetHint(e.getKey(), e.getValue() / sum))
			.sorted(java.util.Comparator.comparingDouble(Search.FacetHint::weight).reversed()).limit(3).toList();
	}

	private void put(RoutingCorpus.Labelled l) {
		events.publishEvent(new DocumentChanged(new SearchDocument(TYPE, l.id(), l.title(), l.body(),
				Map.of("leadUnit", Set.of(l.unit())), LocalDate.of(2023, 1, 10), Set.of("staff"))));
	}
}
