package org.lvzhi.legislation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.search.DocumentSource;
import org.lvzhi.search.FacetLabels;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchDocument;
import org.lvzhi.search.SearchHits;
import org.lvzhi.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Laws, drafts and comments in the search index carry the common facets (year, state) and say
 * where a hit is read: the law's public page, the draft version, the comment in its draft's list.
 */
@IntegrationTest
class LegislationSearchDocumentsTests {

	@Autowired
	Search search;
	@Autowired
	List<DocumentSource> sources;
	@Autowired
	List<FacetLabels> labels;
	@Autowired
	ImportLaws importLaws;
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
	DecideComment decideComment;
	@Autowired
	org.lvzhi.legislation.process.ProcessStore store;

	DocumentSource source(String type) {
		return sources.stream().filter(s -> s.type().equals(type)).findFirst().orElseThrow();
	}

	String label(String type, String value) {
		return labels.stream()
			.filter(l -> l.type().equals(type) && l.facet().equals(SearchDocument.STATE))
			.findFirst()
			.orElseThrow()
			.label(value)
			.orElse(null);
	}

	List<String> ids(String type, String text, Map<String, Set<String>> facets, String reader) {
		return search.search(new SearchQuery(type, text, facets, Set.of(reader), 0, 50))
			.hits()
			.stream()
			.map(SearchHits.Hit::id)
			.toList();
	}

	@Test
	void aLawsArticlesCarryItsYearAndStateAndLeadToItsPublicPage() {
		String word = LegislationFixture.word();
		LawId law = importLaws.importUpload(word + ".md",
				LegislationFixture.regulation("太原市汾河流域生态保护条例" + word, word).replace("2023年6月30日", "2026年6月30日"),
				null, "地方性法规", "山西");
		List<String> found = ids("law", word, Map.of(SearchDocument.YEAR, Set.of("2026"), SearchDocument.STATE,
				Set.of("IN_FORCE"), "status", Set.of("IN_FORCE")), SearchDocument.PUBLIC);
		assertThat(found).isNotEmpty();
		assertThat(source("law").link(found.getFirst())).isEqualTo("/public/laws/" + law.value());
		assertThat(source("law").publicLink(found.getFirst())).isEqualTo("/public/laws/" + law.value());
		LocaleContextHolder.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
		try {
			assertThat(label("law", "IN_FORCE")).isEqualTo("现行有效");
			assertThat(label("draft", "FIRST_READING")).isNotBlank();
			assertThat(label("comment", "UNDECIDED")).isEqualTo("待研究");
			assertThat(label("comment", "ADOPTED")).isEqualTo("采纳");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void draftsFollowTheirProjectsStatusAndCommentsTheirDecision() {
		ProjectId project = createProject.create("太原市测试条例（检索分面）", null);
		DraftId draft = addDraftVersion.add(project, 1, LegislationFixture.FIRST, null, null);
		moveProject.move(project, moveProject.currentVersion(project), ProjectStatus.FIRST_READING,
				LocalDate.of(2040, 3, 1), null, null);
		String year = String.valueOf(LocalDate.now(LegislationYears.CHINA).getYear());

		List<String> articles = ids("draft", "", Map.of("project", Set.of(project.toString()), SearchDocument.STATE,
				Set.of("FIRST_READING"), SearchDocument.YEAR, Set.of(year)), SearchDocument.STAFF);
		assertThat(articles).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith(draft + "-"));
		assertThat(source("draft").link(articles.getFirst())).isEqualTo("/legislation/drafts/" + draft);
		assertThat(source("draft").publicLink(articles.getFirst())).isNull();

		moveProject.move(project, moveProject.currentVersion(project), ProjectStatus.PUBLIC_COMMENT,
				LocalDate.of(2040, 4, 1), null, null);
		assertThat(ids("draft", "", Map.of("project", Set.of(project.toString()), SearchDocument.STATE,
				Set.of("FIRST_READING")), SearchDocument.STAFF)).isEmpty();
		assertThat(ids("draft", "", Map.of("project", Set.of(project.toString()), SearchDocument.STATE,
				Set.of("PUBLIC_COMMENT")), SearchDocument.STAFF)).hasSameSizeAs(articles);

		LocalDate today = LocalDate.now(LegislationYears.CHINA);
		openForComment.open(draft, today.minusDays(1), today.plusDays(30), null);
		CommentId comment = submitComment.submit(draft, null, "建议增加城市绿地认建认养的规定。", "钱七", "13611110000");
		assertThat(ids("comment", "", Map.of("draft", Set.of(draft.toString()), SearchDocument.STATE,
				Set.of("UNDECIDED"), SearchDocument.YEAR, Set.of(year)), SearchDocument.STAFF))
			.containsExactly(comment.toString());
		decideComment.decide(comment, store.comment(comment).orElseThrow().version(), CommentDecision.ADOPTED, null, null);
		assertThat(ids("comment", "", Map.of("draft", Set.of(draft.toString()), SearchDocument.STATE,
				Set.of("ADOPTED")), SearchDocument.STAFF)).containsExactly(comment.toString());
		assertThat(source("comment").link(comment.toString())).isEqualTo("/legislation/comments/" + comment);
		assertThat(source("comment").publicLink(comment.toString())).isNull();
	}
}
