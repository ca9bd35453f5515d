package org.lvzhi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchHits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The duplicate warning on the demo world's liaison opinions, as the intake form shows it ("the same
 * matter raised at other stations"): for each sampled opinion, the five most similar others its
 * office may read, at or above the warning threshold. A pair is a true duplicate when both were
 * written from the same matter of {@link StationTexts#MATTERS} (in any community). Reported in
 * docs/benchmarks.md; the demo texts come from 24 fixed matters, so the figures are an upper bound.
 */
@IntegrationTest
@Tag("measurement")
class DemoDuplicateMeasurement {

	static final double[] THRESHOLDS = { 0.2, 0.4, 0.6 };
	static final Set<String> OFFICE = Set.of("public", "staff", "office:DEPUTY_AFFAIRS", "admin");

	@Autowired
	Search search;
	@Autowired
	JdbcClient jdbc;

	record Opinion(long id, String subject, int matter) {
	}

	@Test
	void theWarningFindsTheSameMatterAtOtherStations() {
		List<Pattern> matters = StationTexts.MATTERS.stream()
			.map(m -> Pattern.compile(Pattern.quote(m.subject()).replace("{c}", "\\E.*\\Q")))
			.toList();
		List<Opinion> all = new ArrayList<>();
		jdbc.sql("SELECT id, subject FROM liaison_opinion ORDER BY id").query((rs, n) -> {
			String subject = rs.getString(2);
			for (int i = 0; i < matters.size(); i++) {
				if (matters.get(i).matcher(subject).matches()) {
					all.add(new Opinion(rs.getLong(1), subject, i));
					break;
				}
			}
			return null;
		}).list();
		Map<Long, Integer> matterOf = new HashMap<>();
		all.forEach(o -> matterOf.put(o.id(), o.matter()));
		int step = Math.max(1, all.size() / 300);
		for (double threshold : THRESHOLDS) {
			int warned = 0;
			int right = 0;
			int sampled = 0;
			int found = 0;
			for (int i = 0; i < all.size(); i += step) {
				Opinion o = all.get(i);
				sampled++;
				List<SearchHits.Hit> similar = search.similar("opinion", o.subject(), 5, OFFICE, Set.of(String.valueOf(o.id())));
				boolean any = false;
				for (SearchHits.Hit hit : similar) {
					if (hit.score() < threshold) {
						continue;
					}
					warned++;
					Integer theirs = matterOf.get(Long.parseLong(hit.id()));
					if (theirs != null && theirs == o.matter()) {
						right++;
						any = true;
					}
				}
				if (any) {
					found++;
				}
			}
			System.out.printf(Locale.ROOT, "opinions: threshold %.1f: %d sampled, %d warnings, precision %.3f, recall %.3f%n",
					threshold, sampled, warned, warned == 0 ? 0 : (double) right / warned, (double) found / sampled);
		}
		assertThat(all).as("opinions written from the demo's matters").isNotEmpty();
	}
}
