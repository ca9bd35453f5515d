package org.lvzhi.legislation.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lvzhi.legislation.LegislationFixture.FIRST;
import static org.lvzhi.legislation.LegislationFixture.SECOND;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.legislation.AddDraftVersion;
import org.lvzhi.legislation.CreateProject;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.ImportLaws;
import org.lvzhi.legislation.LawId;
import org.lvzhi.legislation.LegislationException;
import org.lvzhi.legislation.LegislationFixture;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectStatus;
import org.lvzhi.legislation.text.DocxText;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Projects and their drafts: texts per reading, structure, comparison, the comparison table, who may see them. */
@IntegrationTest
class DraftTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DraftStore store;
	@Autowired
	CreateProject createProject;
	@Autowired
	AddDraftVersion addDraftVersion;
	@Autowired
	Search search;

	static RequestPostProcessor staff() {
		return user("draft-staff").roles("STAFF");
	}

	static byte[] docx(String text) throws Exception {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (String line : text.split("\n")) {
				doc.createParagraph().createRun().setText(line);
			}
			doc.write(out);
			return out.toByteArray();
		}
	}

	ProjectId projectWithTwoReadings(String title) {
		ProjectId project = createProject.create(title, null);
		addDraftVersion.add(project, 1, FIRST, null, null);
		addDraftVersion.add(project, 2, SECOND, null, null);
		return project;
	}

	@Test
	void staffOpenAProjectPasteTheFirstReadingAndUploadTheSecondAsDocx() throws Exception {
		String location = mvc.perform(post("/legislation/projects").param("title", "太原市城市绿化条例（测试）")
			.with(staff()).with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long project = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		mvc.perform(post("/legislation/projects/" + project + "/drafts").param("reading", "1").param("text", FIRST)
			.with(staff()).with(csrf())).andExpect(status().is3xxRedirection());
		MockMultipartFile file = new MockMultipartFile("file", "二审稿.docx", ComparisonTable.CONTENT_TYPE, docx(SECOND));
		String draftUrl = mvc.perform(multipart("/legislation/projects/" + project + "/drafts").file(file)
			.param("reading", "2").with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

		List<DraftVersion> versions = store.versions(new ProjectId(project));
		assertThat(versions).extracting(DraftVersion::reading).containsExactly(1, 2);
		assertThat(versions).extracting(DraftVersion::articleCount).containsExactly(6, 7);
		assertThat(versions.get(1).sourceName()).isEqualTo("二审稿.docx");
		assertThat(store.project(new ProjectId(project)).orElseThrow().status()).isEqualTo(ProjectStatus.UNDER_READING);

		String structure = mvc.perform(get(draftUrl).with(staff())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(structure).contains("id=\"contents\"", "第二章 保　　护", "第七条");
	}

	@Test
	void theSideBySideComparisonMarksEachArticle() throws Exception {
		ProjectId project = projectWithTwoReadings("太原市城市绿化条例（对照）");
		List<DraftVersion> v = store.versions(project);
		String page = mvc.perform(get("/legislation/projects/" + project + "/compare").param("from", v.get(0).id().toString())
			.param("to", v.get(1).id().toString()).param("all", "true").with(staff()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("change-added", "change-moved", "change-reworded", "change-unchanged", "（原第一条）",
				"<del class=\"text-danger\">五百</del>", "<ins class=\"text-success fw-bold\">限期</ins>");
		assertThat(page).doesNotContain("change-deleted");
	}

	@Test
	void theComparisonTableIsAWordDocumentWithTheCustomaryThreeColumns() throws Exception {
		ProjectId project = projectWithTwoReadings("太原市城市绿化条例（对照表）");
		List<DraftVersion> v = store.versions(project);
		byte[] bytes = mvc.perform(get("/legislation/projects/" + project + "/compare.docx")
			.param("from", v.get(0).id().toString()).param("to", v.get(1).id().toString()).with(staff()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			assertThat(doc.getParagraphs().getFirst().getText()).isEqualTo("《太原市城市绿化条例（对照表）》修改对照表");
			XWPFTable table = doc.getTables().getFirst();
			assertThat(table.getRow(0).getTableCells()).extracting(c -> c.getText())
				.containsExactly("修改前", "修改后", "说明");
			// Added principle, reworded penalty, moved duty, reworded commencement; unchanged ones left out.
			assertThat(table.getRows()).hasSize(1 + 4);
			String all = table.getText();
			assertThat(all).contains("城市绿化坚持政府主导", "新增", "调整位置", "（原第三条）");
			List<XWPFRun> runs = table.getRows().stream().flatMap(r -> r.getTableCells().stream())
				.flatMap(c -> c.getParagraphs().stream()).flatMap(p -> p.getRuns().stream()).toList();
			assertThat(runs).anySatisfy(r -> {
				assertThat(r.text()).isEqualTo("五百");
				assertThat(r.isStrikeThrough()).isTrue();
			});
			assertThat(runs).anySatisfy(r -> {
				assertThat(r.text()).isEqualTo("限期");
				assertThat(r.isBold()).isTrue();
			});
		}
		assertThat(DocxText.read(new ByteArrayInputStream(bytes))).contains("第五条");
	}

	@Test
	void staffDownloadADraftAsWordAndAsAkomaNtosoWithArticleEIdsCarriedFromTheReadingBefore() throws Exception {
		ProjectId project = projectWithTwoReadings("太原市城市绿化条例（导出）");
		List<DraftVersion> v = store.versions(project);
		byte[] docx = mvc.perform(get("/legislation/drafts/" + v.get(1).id().value() + ".docx").with(staff()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(doc.getParagraphs()).extracting(p -> p.getText()).filteredOn(t -> t.matches("第[一二三四五六七]条.*"))
				.extracting(t -> t.substring(0, 3))
				.containsExactly("第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条");
		}
		String first = mvc.perform(get("/legislation/drafts/" + v.get(0).id().value() + ".xml").with(staff()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String second = mvc.perform(get("/legislation/drafts/" + v.get(1).id().value() + ".xml").with(staff()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		for (String xml : List.of(first, second)) {
			assertThat(org.lvzhi.legislation.text.AknSchema.errors(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.as("Akoma Ntoso 3.0 schema").isEmpty();
		}
		// 第五条 (the penalty) was only reworded: the same eId in both readings.
		assertThat(first).contains("<article eId=\"art_5\"><num>第五条</num>");
		assertThat(second).contains("<article eId=\"art_5\"><num>第五条</num>", "<article eId=\"art_1_r2\"><num>第一条</num>",
				"<article eId=\"art_1\"><num>第二条</num>");
		mvc.perform(get("/legislation/drafts/" + v.get(0).id().value() + ".xml").with(user("someone").roles("DEPUTY")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aReadingKeepsOneTextAndARefusedTextIsNotLost() throws Exception {
		ProjectId project = projectWithTwoReadings("太原市城市绿化条例（重复）");
		String again = mvc.perform(post("/legislation/projects/" + project + "/drafts").param("reading", "2")
			.param("text", SECOND + "第八条　多余。").with(staff()).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(again).contains("该审次已有草案文本", "第八条　多余。");
		String noArticles = mvc.perform(post("/legislation/projects/" + project + "/drafts").param("reading", "3")
			.param("text", "这是一段没有条文的说明。").with(staff()).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(noArticles).contains("第1行起没有识别出任何条文", "这是一段没有条文的说明。");
		assertThat(store.versions(project)).hasSize(2);
	}

	@Test
	void aDraftWhoseNumberingBreaksOffIsRefusedAtThatLineAndNothingIsSaved() throws Exception {
		ProjectId project = createProject.create("太原市城市绿化条例（编号）", null);
		String gap = FIRST.replace("第五条", "第七条");
		String page = mvc.perform(post("/legislation/projects/" + project + "/drafts").param("reading", "1")
			.param("text", gap).with(staff()).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("第8行", "“第七条”接在“第四条”之后", "应为“第五条”", "文本未保存", "第七条　违反本条例规定的");
		MockMultipartFile file = new MockMultipartFile("file", "一审稿.docx", ComparisonTable.CONTENT_TYPE,
				docx(FIRST.replace("第一条", "第二条")));
		String upload = mvc.perform(multipart("/legislation/projects/" + project + "/drafts").file(file)
			.param("reading", "1").with(staff()).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(upload).contains("第3行", "第一个条文是“第二条”，应为“第一条”");
		assertThatThrownBy(() -> addDraftVersion.add(project, 1, "说明\n第一条　甲。\n第二条　乙。\n第二条　丙。", null, null))
			.isInstanceOf(LegislationException.class)
			.satisfies(e -> assertThat(((LegislationException) e).args()).containsExactly(4, "第二条", "第二条", "第三条"));
		assertThat(store.versions(project)).isEmpty();
		assertThat(store.project(project).orElseThrow().status()).isEqualTo(ProjectStatus.DRAFTING);
	}

	@Test
	void theDemoProjectHasTwoReadingsWhoseComparisonShowsEveryKindOfChange() {
		Project demo = store.projects(1, 200).items().stream().filter(p -> p.title().equals("太原市养老服务条例"))
			.findFirst().orElseThrow();
		List<DraftVersion> v = store.versions(demo.id());
		assertThat(v).extracting(DraftVersion::reading).containsExactly(1, 2);
		var rows = new org.lvzhi.legislation.text.ArticleMatcher().compare(store.text(v.get(0).id()), store.text(v.get(1).id()));
		assertThat(rows).extracting(r -> r.change()).contains(org.lvzhi.legislation.text.ArticleChange.Change.values());
	}

	@Autowired
	ImportLaws importLaws;

	@Test
	void aDraftArticleShowsWhatTheLibrarySaysOnTheSameSubject() throws Exception {
		String word = LegislationFixture.word();
		LawId law = importLaws.importUpload(word + ".md", LegislationFixture.regulation("太原市汾河保护条例", word), null,
				"地方性法规", "山西");
		ProjectId project = createProject.create("太原市汾河流域保护条例", null);
		DraftId draft = addDraftVersion.add(project, 0,
				"第一条　为了保护汾河。\n第二条　禁止在汾河河道管理范围内倾倒" + word + "垃圾、渣土和其他废弃物。\n", null, null);
		String page = mvc.perform(get("/legislation/drafts/" + draft).with(staff())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("hx-get=\"/legislation/drafts/" + draft + "/related?seq=1\"");
		String related = mvc.perform(get("/legislation/drafts/" + draft + "/related").param("seq", "1").with(staff()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(related).contains("/public/laws/" + law + "#u3", "《太原市汾河保护条例》第二条");
		mvc.perform(get("/legislation/drafts/" + draft + "/related").param("seq", "9").with(staff()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPassedProjectTakesNoMoreTexts() {
		ProjectId project = projectWithTwoReadings("太原市城市绿化条例（已通过）");
		Project p = store.project(project).orElseThrow();
		assertThat(store.setStatus(project, p.version(), ProjectStatus.PASSED)).isTrue();
		assertThatThrownBy(() -> addDraftVersion.add(project, 3, SECOND, null, null))
			.isInstanceOf(LegislationException.class).hasMessage("legislation.draft.projectClosed");
	}

	@Test
	void draftsAreForOfficeStaffAndCommitteeMembersOnly() throws Exception {
		ProjectId project = projectWithTwoReadings("太原市城市绿化条例（权限）");
		mvc.perform(get("/legislation/projects/" + project)).andExpect(status().is3xxRedirection());
		for (String role : List.of("DEPUTY", "UNIT", "PUBLIC")) {
			mvc.perform(get("/legislation/projects/" + project).with(user("x").roles(role))).andExpect(status().isForbidden());
			mvc.perform(get("/legislation/drafts/search").param("q", "绿化").with(user("x").roles(role)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/legislation/projects/" + project).with(staff())).andExpect(status().isOk());
		mvc.perform(get("/legislation/projects/" + project).with(user("m").roles("MEMBER"))).andExpect(status().isOk());
	}

	@Test
	void staffFindADraftArticleBySearch() throws Exception {
		String word = LegislationFixture.word();
		ProjectId project = createProject.create("太原市测试条例", null);
		DraftId draft = addDraftVersion.add(project, 1, "第一条　总则。\n第二条　禁止" + word + "行为。\n", null, null);
		assertThat(search.search(new SearchQuery(DraftDocuments.TYPE, word, java.util.Map.of(), Set.of("staff"), 0, 5))
			.hits()).singleElement().satisfies(h -> assertThat(h.id()).isEqualTo(draft + "-1"));
		assertThat(search.search(new SearchQuery(DraftDocuments.TYPE, word, java.util.Map.of(), Set.of("public"), 0, 5))
			.total()).isZero();
		String results = mvc.perform(get("/legislation/drafts/search").param("q", word).param("project", project.toString())
			.with(staff())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(results).contains("/legislation/drafts/" + draft + "#u1", "<mark>" + word + "</mark>");
		String elsewhere = mvc.perform(get("/legislation/drafts/search").param("q", word).param("reading", "2")
			.with(staff())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(elsewhere).doesNotContain("/legislation/drafts/" + draft + "#u1");
	}
}
