package org.lvzhi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.search.NoteFixture.note;
import static org.lvzhi.search.NoteFixture.privateScope;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.search.Search.AllTypesHits;
import org.lvzhi.search.Search.AllTypesQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SearchBoxTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	TestNotes notes;
	@Autowired
	Search search;
	@Autowired
	StartupRebuild startup;

	@BeforeEach
	void indexesBuilt() throws Exception {
		startup.await(120);
	}

	/** A Latin word no other test writes, so that only this test's notes match it. */
	static String marker() {
		return "mk" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

	@Test
	void staffFindStaffRecordsThePublicOnlyPublicOnesAndEachHitLinksToItsPage() throws Exception {
		String word = marker();
		TestNotes.Note internal = note("内部记录 " + word, "仅工作人员可见的内容 " + word, "unit-a", "staff");
		TestNotes.Note open = note("公开记录 " + word, "任何人可见的内容 " + word, "unit-a", "public");
		notes.save(internal);
		notes.save(open);

		mvc.perform(get("/search").param("q", word).with(user(new ReaderPrincipal("STAFF", null, null))))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/test-notes/" + internal.id())))
			.andExpect(content().string(Matchers.containsString("/test-notes/" + open.id())));
		mvc.perform(get("/public/search").param("q", word))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/public/test-notes/" + open.id())))
			.andExpect(content().string(Matchers.not(Matchers.containsString(internal.id()))));
		mvc.perform(get("/search").param("q", word)).andExpect(status().is3xxRedirection());

		mvc.perform(get("/api/v1/search").param("q", word))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(open.id()))
			.andExpect(jsonPath("$.items[0].link").value("/public/test-notes/" + open.id()))
			.andExpect(jsonPath("$.types[0].value").value(TestNotes.TYPE));
		mvc.perform(get("/api/v1/search").param("q", word).with(user(new ReaderPrincipal("STAFF", null, null))))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].link", Matchers.hasItem("/test-notes/" + internal.id())));
		mvc.perform(get("/api/v1/search").param("q", word).param("size", "0")).andExpect(status().isBadRequest());
	}

	@Test
	void aHandlingUnitFindsWhatWasAssignedToItAndNothingOfAnotherUnit() throws Exception {
		String word = marker();
		TestNotes.Note mine = note("交办本单位 " + word, word, "u1", "org:901");
		TestNotes.Note theirs = note("交办他单位 " + word, word, "u2", "org:902");
		notes.save(mine);
		notes.save(theirs);
		mvc.perform(get("/api/v1/search").param("q", word).with(user(new ReaderPrincipal("UNIT", null, 901L))))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(mine.id()));
	}

	@Test
	void countsPerTypeAndYearAndTheFilterNarrowTheHits() {
		String scope = privateScope();
		String word = marker();
		notes.save(note("甲 " + word, word, "body-1", scope));
		notes.save(note("乙 " + word, word, "body-2", scope));
		notes.save(note("丙 " + word, word, "body-2", scope));
		AllTypesHits all = search.searchAll(new AllTypesQuery(Set.of(), word, Map.of(), Set.of(scope), 0, 10));
		assertThat(all.total()).isEqualTo(3);
		assertThat(all.types()).containsEntry(TestNotes.TYPE, 3L);
		assertThat(all.counts().get(SearchDocument.ORG)).containsExactly(Map.entry("body-2", 2L), Map.entry("body-1", 1L));
		assertThat(all.counts().get(SearchDocument.YEAR)).containsEntry("2023", 3L);

		AllTypesHits narrowed = search.searchAll(new AllTypesQuery(Set.of(TestNotes.TYPE), word,
				Map.of(SearchDocument.ORG, Set.of("body-2")), Set.of(scope), 0, 10));
		assertThat(narrowed.total()).isEqualTo(2);
		assertThat(narrowed.hits()).allSatisfy(h -> assertThat(h.facets().get(SearchDocument.ORG)).containsExactly("body-2"));

		AllTypesHits otherType = search.searchAll(new AllTypesQuery(Set.of("no-such-type"), word, Map.of(),
				Set.of(scope), 0, 10));
		assertThat(otherType.total()).isZero();
		assertThat(otherType.types()).as("the other types are still offered").containsEntry(TestNotes.TYPE, 3L);
	}
}
