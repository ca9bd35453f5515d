package org.lvzhi.legislation.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.legislation.LegislationFixture.regulation;
import static org.lvzhi.legislation.LegislationFixture.word;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvzhi.IntegrationTest;
import org.lvzhi.legislation.ImportLaws;
import org.lvzhi.legislation.LawId;
import org.lvzhi.legislation.text.LawTextParser;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchHits;
import org.lvzhi.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The library: import, reading a text with its contents, full-text search by article, who may do what. */
@IntegrationTest
class LibraryTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	LawStore store;
	@Autowired
	ImportLaws importLaws;
	@Autowired
	Search search;

	static RequestPostProcessor staff() {
		// The legislative office (法工委): it records votes, reads contacts and publishes to the library.
		return user("library-staff").authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_STAFF"),
				new org.springframework.security.core.authority.SimpleGrantedAuthority("OFFICE_LEGISLATIVE_AFFAIRS"));
	}

	static RequestPostProcessor admin() {
		return user("library-admin").roles("ADMIN");
	}

	String page(String path, RequestPostProcessor who) throws Exception {
		var request = get(path);
		if (who != null) {
			request.with(who);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theDemoLibraryIsReadableByEverybodyWithContentsAndAnchors() throws Exception {
		LawListItem law = store.list(new LawFilter("立法法", null, null, LawStatus.IN_FORCE, null, null), 1, 5).items().getFirst();
		LawListItem old = store.list(new LawFilter("立法法", null, null, LawStatus.SUPERSEDED, null, null), 1, 5).items().getFirst();
		String list = page("/public/laws?category=宪法相关法&status=IN_FORCE", null);
		assertThat(list).contains("/public/laws/" + law.id() + "\"").doesNotContain("/public/laws/" + old.id() + "\"");
		String text = page("/public/laws/" + law.id(), null);
		assertThat(text).contains("id=\"contents\"", "href=\"#u", "第一章 总则", "第一条");
		assertThat(store.list(new LawFilter("立法法", null, null, LawStatus.SUPERSEDED, null, null), 1, 5).items())
			.extracting(LawListItem::issuedOn).extracting(java.time.LocalDate::getYear).containsExactly(2015);
	}

	@Test
	void anyoneDownloadsALawAsWordAndAsAkomaNtoso() throws Exception {
		String title = "太原市汾河流域生态保护条例" + word();
		LawId id = importLaws.importUpload(word() + ".md", regulation(title, word()), null, "地方性法规", "山西");
		byte[] docx = mvc.perform(get("/public/laws/" + id.value() + ".docx")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
			assertThat(doc.getParagraphs().getFirst().getText()).isEqualTo(title);
			assertThat(doc.getParagraphs()).extracting(p -> p.getText()).filteredOn(t -> t.matches("第[一二三]条.*"))
				.extracting(t -> t.substring(0, 3)).containsExactly("第一条", "第二条", "第三条");
		}
		String xml = mvc.perform(get("/public/laws/" + id.value() + ".xml")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(xml).contains("<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">",
				"<article eId=\"art_3\">", title);
		assertThat(org.lvzhi.legislation.text.AknSchema.errors(xml.getBytes(StandardCharsets.UTF_8)))
			.as("Akoma Ntoso 3.0 schema").isEmpty();
	}

	@Test
	void aLawIsStoredUnitByUnitAndComesBackCharacterForCharacter() {
		String source = regulation("太原市汾河流域生态保护条例" + word(), word());
		LawId id = importLaws.importUpload(word() + ".md", source, null, "地方性法规", "山西");
		Law law = store.find(id).orElseThrow();
		assertThat(law.text().render()).isEqualTo(new LawTextParser().parse(source).render()).isEqualTo(source);
		assertThat(law.text().articles()).hasSize(3);
		assertThat(law.issuedOn()).isEqualTo(java.time.LocalDate.of(2023, 6, 30));
	}

	@Test
	void staffUploadATextAndEverybodyFindsItsArticleBySearch() throws Exception {
		String w = word();
		String title = "太原市汾河流域生态保护条例" + word();
		MockMultipartFile file = new MockMultipartFile("file", w + ".md", "text/markdown",
				regulation(title, w).getBytes(StandardCharsets.UTF_8));
		String location = mvc.perform(multipart("/legislation/library/import").file(file).param("category", "地方性法规")
			.param("region", "山西").with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/public/laws/");

		SearchHits hits = search.search(new SearchQuery(LawDocuments.TYPE, w, java.util.Map.of(), Set.of("public"), 0, 10));
		assertThat(hits.hits()).singleElement().satisfies(hit -> {
			assertThat(hit.title()).isEqualTo("《" + title + "》第二条");
			assertThat(hit.id()).isEqualTo(location.substring("/public/laws/".length()) + "-3");
		});
		String results = page("/public/laws/search?q=" + w + "&region=山西", null);
		assertThat(results).contains("<mark>" + w + "</mark>", location + "#u3");
		assertThat(page("/public/laws/search?q=" + w + "&region=北京", null)).doesNotContain(location + "#u3");
	}

	@Test
	void aSecondUploadOfTheSameFileIsRefusedWithAReason() throws Exception {
		String w = word();
		MockMultipartFile file = new MockMultipartFile("file", w + ".md", "text/markdown",
				regulation("条例" + w, w).getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/legislation/library/import").file(file).with(staff()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		String refused = mvc.perform(multipart("/legislation/library/import").file(file).with(staff()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("已导入过法规库");
	}

	@Test
	void onlyStaffImportAndOnlyTheAdministratorReadsAFolderOfTheServer(@TempDir Path folder) throws Exception {
		mvc.perform(get("/legislation/library/import")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/legislation/library/import").with(user("m").roles("MEMBER"))).andExpect(status().isForbidden());
		mvc.perform(get("/legislation/library/import").with(staff())).andExpect(status().isOk());
		for (String role : java.util.List.of("DEPUTY", "MEMBER", "UNIT", "PUBLIC", "STAFF")) {
			mvc.perform(get("/public/laws").with(user("r").roles(role))).andExpect(status().isOk());
			mvc.perform(get("/public/laws/search").param("q", "物业").with(user("r").roles(role))).andExpect(status().isOk());
		}

		Path province = Files.createDirectories(folder.resolve("DLC/山西地方法规/地方性法规/山西"));
		String w = word();
		String inBody = word();
		Files.writeString(province.resolve("太原市条例" + w + "(2022-05-01).md"), regulation("太原市条例" + w, inBody));
		mvc.perform(post("/legislation/library/import/folder").param("path", folder.toString()).with(staff()).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/legislation/library/import/folder").param("path", folder.toString()).with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection());
		LawListItem imported = store.list(new LawFilter(w, null, null, null, null, null), 1, 5).items().getFirst();
		assertThat(imported.category()).isEqualTo("地方性法规");
		assertThat(imported.region()).isEqualTo("山西");
		assertThat(imported.issuedOn()).isEqualTo(java.time.LocalDate.of(2022, 5, 1));
		assertThat(search.search(new SearchQuery(LawDocuments.TYPE, inBody, java.util.Map.of(), Set.of("public"), 0, 10)).total())
			.isEqualTo(1);
		assertThat(mvc.perform(post("/legislation/library/import/folder").param("path", folder.resolve("nowhere").toString())
			.with(admin()).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("服务器上没有文件夹");		// An empty path would be the server's working directory, with every text in it.
		for (String blank : new String[] { "", "  " }) {
			assertThat(mvc.perform(post("/legislation/library/import/folder").param("path", blank).with(admin()).with(csrf()))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
				.contains("服务器上没有文件夹");
		}
	}
}
