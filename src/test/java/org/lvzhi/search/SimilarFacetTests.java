package org.lvzhi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.search.NoteFixture.note;
import static org.lvzhi.search.NoteFixture.privateScope;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Similar documents sought among those holding given facet values only (e.g. the comments on one draft). */
@IntegrationTest
class SimilarFacetTests {

	@Autowired
	Search search;
	@Autowired
	TestNotes notes;
	@Autowired
	StartupRebuild startup;

	@Test
	void keepsToTheFacetValuesAsked() throws Exception {
		startup.await(120);
		String scope = privateScope();
		String one = "draft-" + UUID.randomUUID();
		String other = "draft-" + UUID.randomUUID();
		String text = "建议汾河湿地公园增设观鸟步道和科普标识牌，并在候鸟迁徙季节限制游船数量。";
		TestNotes.Note here = note("汾河湿地观鸟步道", text, one, scope);
		TestNotes.Note there = note("汾河湿地观鸟步道", text, other, scope);
		notes.save(here);
		notes.save(there);

		assertThat(search.similar(TestNotes.TYPE, text, 5, Set.of(scope), Set.of(), Map.of("unit", Set.of(one))))
			.extracting(SearchHits.Hit::id)
			.containsExactly(here.id());
		assertThat(search.similar(TestNotes.TYPE, text, 5, Set.of(scope), Set.of(), Map.of("unit", Set.of(one, other))))
			.extracting(SearchHits.Hit::id)
			.containsExactlyInAnyOrder(here.id(), there.id());
		assertThat(search.similar(TestNotes.TYPE, text, 5, Set.of(scope), Set.of(), Map.of("unit", Set.of("nobody"))))
			.isEmpty();
		// A facet named without values restricts nothing, as in a search.
		assertThat(search.similar(TestNotes.TYPE, text, 5, Set.of(scope), Set.of(here.id()), Map.of("unit", Set.of())))
			.extracting(SearchHits.Hit::id)
			.containsExactly(there.id());
	}
}
