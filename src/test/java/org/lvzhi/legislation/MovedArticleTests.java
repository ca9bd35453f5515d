package org.lvzhi.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.Downloads.docx;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.drafts.Project;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo regulation's article 6 moves ahead of the article on community services and raises the
 * floor space from 二十 to 二十五 square metres: the comparison must say it was moved and reworded,
 * and mark the new word, on screen and in the comparison table (修改对照表).
 */
@IntegrationTest
class MovedArticleTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	DraftStore store;

	private String compareUrl(String suffix) {
		Project demo = store.projects(1, 200).items().stream().filter(p -> p.title().equals("太原市养老服务条例"))
			.findFirst().orElseThrow();
		List<DraftVersion> v = store.versions(demo.id());
		return "/legislation/projects/" + demo.id() + "/compare" + suffix + "?from=" + v.get(0).id() + "&to="
				+ v.get(1).id();
	}

	@Test
	void theComparisonSaysArticleSixWasMovedAndRewordedAndMarksTheNewWord() throws Exception {
		String html = mvc.perform(get(compareUrl("")).with(user("cmp-staff").roles("STAFF"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String row = Arrays.stream(html.split("<tr")).filter(r -> r.contains("不低于二十"))
			.findFirst().orElseThrow();

		assertThat(row).containsPattern("class=\"badge[^\"]*\">调整位置并修改</span>");
		assertThat(Pattern.compile("<ins[^>]*>([^<]*)</ins>").matcher(row).results().map(m -> m.group(1)))
			.containsExactly("五");
	}

	@Test
	void theComparisonTableSaysArticleSixWasMovedAndRewordedAndMarksTheNewWord() throws Exception {
		MockHttpServletResponse response = mvc.perform(get(compareUrl(".docx")).with(user("cmp-staff").roles("STAFF")))
			.andExpect(status().isOk()).andReturn().getResponse();
		try (XWPFDocument doc = docx(response)) {
			XWPFTableRow row = doc.getTables().getFirst().getRows().stream()
				.filter(r -> r.getCell(0).getText().contains("二十平方米")).findFirst().orElseThrow();

			assertThat(row.getCell(2).getText()).startsWith("调整位置并修改");
			List<XWPFRun> marked = row.getCell(1).getParagraphs().stream().flatMap(p -> p.getRuns().stream())
				.filter(r -> r.isBold() && r.getUnderline() != UnderlinePatterns.NONE)
				.toList();
			assertThat(marked).extracting(XWPFRun::text).containsExactly("五");
		}
	}
}
