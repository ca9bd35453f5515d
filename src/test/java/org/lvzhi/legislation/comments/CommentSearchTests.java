package org.lvzhi.legislation.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.legislation.AddDraftVersion;
import org.lvzhi.legislation.CommentDecision;
import org.lvzhi.legislation.CommentId;
import org.lvzhi.legislation.CommentSource;
import org.lvzhi.legislation.ContactPointId;
import org.lvzhi.legislation.CreateProject;
import org.lvzhi.legislation.DecideComment;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.LegislationFixture;
import org.lvzhi.legislation.MoveProject;
import org.lvzhi.legislation.OpenForComment;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectStatus;
import org.lvzhi.legislation.RecordOfflineComment;
import org.lvzhi.legislation.SubmitComment;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchHits;
import org.lvzhi.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Comments in the full-text search: kept current, rebuilt from the database, staff only, no personal data. */
@IntegrationTest
class CommentSearchTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	Search search;
	@Autowired
	CreateProject createProject;
	@Autowired
	AddDraftVersion addDraftVersion;
	@Autowired
	MoveProject moveProject;
	@Autowired
	OpenForComment openForComment;
	@Autowired
	SubmitComment submitComment;
	@Autowired
	RecordOfflineComment recordOfflineComment;
	@Autowired
	ModerateComment moderateComment;
	@Autowired
	DecideComment decideComment;
	@Autowired
	ProcessStore store;
	@Autowired
	DraftStore drafts;

	DraftId openDraft(String title) {
		ProjectId id = createProject.create(title, null);
		DraftId draft = addDraftVersion.add(id, 1, LegislationFixture.FIRST, null, null);
		moveProject.move(id, moveProject.currentVersion(id), ProjectStatus.FIRST_READING, LocalDate.of(2040, 3, 1), null,
				null);
		LocalDate today = LocalDate.now(LegislationYears.CHINA);
		openForComment.open(draft, today.minusDays(10), today.plusDays(20), null);
		return draft;
	}

	SearchHits find(DraftId draft, String words, Map<String, Set<String>> more, Set<String> readers) {
		Map<String, Set<String>> facets = new java.util.LinkedHashMap<>(more);
		facets.put("draft", Set.of(draft.toString()));
		return search.search(new SearchQuery(CommentIndex.TYPE, words, facets, readers, 0, 50));
	}

	SearchHits staffFind(DraftId draft, String words, Map<String, Set<String>> more) {
		return find(draft, words, more, Set.of("staff"));
	}

	static Set<String> ids(SearchHits hits) {
		return hits.hits().stream().map(SearchHits.Hit::id).collect(java.util.stream.Collectors.toSet());
	}

	@Test
	void commentsAreFoundByStaffWithFiltersAndTheIndexFollowsEveryChange() throws Exception {
		DraftId draft = openDraft("太原市测试条例（意见检索）");
		CommentId online = submitComment.submit(draft, null, "建议增加古树名木保护的专门规定。", "王小明", "13912345678");
		ContactPointId point = store.contactPoints().getFirst().id();
		CommentId offline = recordOfflineComment.record(draft, null, "建议明确行道树修剪的责任主体。", "李四",
				CommentSource.CONTACT_POINT, point, null, "坞城街道座谈", LocalDate.now(LegislationYears.CHINA), null);

		assertThat(ids(staffFind(draft, "古树名木", Map.of()))).containsExactly(online.toString());
		assertThat(ids(staffFind(draft, "行道树", Map.of()))).containsExactly(offline.toString());
		assertThat(ids(staffFind(draft, "", Map.of("source", Set.of("CONTACT_POINT"))))).containsExactly(offline.toString());
		assertThat(ids(staffFind(draft, "坞城街道", Map.of()))).containsExactly(offline.toString());
		assertThat(ids(staffFind(draft, "", Map.of("decision", Set.of(CommentIndex.UNDECIDED)))))
			.containsExactlyInAnyOrder(online.toString(), offline.toString());
		// Neither the contact nor the name is in the index.
		assertThat(staffFind(draft, "13912345678", Map.of()).hits()).isEmpty();
		assertThat(staffFind(draft, "王小明", Map.of()).hits()).isEmpty();
		assertThat(staffFind(draft, "李四", Map.of()).hits()).isEmpty();

		decideComment.decide(offline, store.comment(offline).orElseThrow().version(), CommentDecision.NOT_ADOPTED,
				"上位法已有规定。", null);
		assertThat(ids(staffFind(draft, "", Map.of("decision", Set.of("NOT_ADOPTED"))))).containsExactly(offline.toString());
		assertThat(ids(staffFind(draft, "上位法", Map.of()))).containsExactly(offline.toString());

		moderateComment.hide(online, store.comment(online).orElseThrow().version(), "含有不当言论", null);
		assertThat(ids(staffFind(draft, "", Map.of("hidden", Set.of("true"))))).containsExactly(online.toString());
		assertThat(ids(staffFind(draft, "", Map.of("hidden", Set.of("false"))))).containsExactly(offline.toString());

		// Rebuilt from the database, the index says the same.
		assertThat(search.rebuild(CommentIndex.TYPE)).isGreaterThanOrEqualTo(2);
		assertThat(ids(staffFind(draft, "", Map.of("hidden", Set.of("true"))))).containsExactly(online.toString());
		assertThat(ids(staffFind(draft, "", Map.of("decision", Set.of("NOT_ADOPTED"))))).containsExactly(offline.toString());
		assertThat(staffFind(draft, "13912345678", Map.of()).hits()).isEmpty();

		moderateComment.show(online, store.comment(online).orElseThrow().version(), null);
		assertThat(ids(staffFind(draft, "", Map.of("hidden", Set.of("false")))))
			.containsExactlyInAnyOrder(online.toString(), offline.toString());
	}

	@Test
	void thePublicFindsNoCommentThroughAnySearch() throws Exception {
		DraftId draft = openDraft("太原市测试条例（公众检索）");
		CommentId hidden = submitComment.submit(draft, null, "这条意见包含辱骂的琉璃瓦言辞。", "赵六", "zhao@example.cn");
		moderateComment.hide(hidden, 0, "辱骂", null);
		submitComment.submit(draft, null, "建议保护琉璃瓦古建筑周边绿地。", null, null);

		assertThat(find(draft, "琉璃瓦", Map.of(), Set.of("public")).hits()).isEmpty();
		assertThat(search.similar(CommentIndex.TYPE, "琉璃瓦言辞", 10, Set.of("public"), Set.of())).isEmpty();
		String similar = mvc.perform(get("/search/similar").param("type", CommentIndex.TYPE).param("text", "琉璃瓦言辞"))
			.andReturn().getResponse().getContentAsString();
		assertThat(similar).doesNotContain("辱骂").doesNotContain("琉璃瓦言辞");
		String feedback = mvc.perform(get("/public/drafts/" + draft + "/feedback")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(feedback).contains("琉璃瓦古建筑").doesNotContain("琉璃瓦言辞").doesNotContain("zhao@example.cn");

		mvc.perform(get("/legislation/comments/search").param("q", "琉璃瓦")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/legislation/comments/search").param("q", "琉璃瓦").with(user("p").roles("PUBLIC")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/legislation/comments/search").param("q", "琉璃瓦").with(user("d").roles("DEPUTY")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theStaffPageLinksEachResultToTheCommentInItsDraft() throws Exception {
		DraftId draft = openDraft("太原市测试条例（检索页面）");
		int fifth = submitComment.articleSeqs(draft).get(4);
		CommentId id = submitComment.submit(draft, fifth, "建议提高擅自砍伐树木的罚款数额。", null, "13700000000");
		ProjectId project = drafts.version(draft).orElseThrow().project();
		for (String lang : new String[] { "zh_CN", "en" }) {
			String page = mvc.perform(get("/legislation/comments/search").param("q", "罚款数额")
					.param("project", project.toString()).param("draft", draft.toString()).param("lang", lang)
					.with(user("s").roles("STAFF")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("/legislation/drafts/" + draft + "/comments#c" + id).contains("第五条")
				.doesNotContain("13700000000");
		}
		mvc.perform(get("/legislation/comments/" + id).with(user("s").roles("STAFF")))
			.andExpect(status().is3xxRedirection())
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).endsWith("/legislation/drafts/" + draft
					+ "/comments#c" + id));
		String hidden = mvc.perform(get("/legislation/comments/search").param("hidden", "true")
				.param("project", project.toString()).with(user("s").roles("STAFF")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(hidden).doesNotContain("#c" + id);
	}
}
