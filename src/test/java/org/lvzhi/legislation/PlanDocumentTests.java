package org.lvzhi.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lvzhi.Downloads.docx;
import static org.lvzhi.Downloads.fileName;
import static org.lvzhi.Downloads.paragraphs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The annual legislative plan as a Word document: staff get it at any time, marked as a draft until
 * adopted; the public only once adopted. The files are opened and read back.
 */
@IntegrationTest
class PlanDocumentTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	PlanLegislation plan;

	@Test
	void thePlanIsADraftForStaffUntilAdoptedAndThenTheDocumentIsPublic() throws Exception {
		int year = 2073;
		String y = Integer.toString(year);
		plan.addItem(year, "太原市测试文本保护条例", ProjectKind.MAKE, PlanSubject.HERITAGE, "市人民政府", "市文物局",
				"教育科学文化卫生委员会", "6月提请一审");
		plan.addItem(year, "太原市测试文本管理条例", ProjectKind.MAKE, PlanSubject.URBAN, "市人民政府", "市城管局",
				"城乡建设环境保护委员会", "10月提请一审");
		plan.addItem(year, "太原市测试文本条例（修改）", ProjectKind.AMEND, PlanSubject.ECOLOGY, "市人民政府", "市生态环境局",
				"城乡建设环境保护委员会", "年内提请审议");
		plan.addItem(year, "测试文本调研项目", ProjectKind.RESEARCH, PlanSubject.GRASSROOTS, null, "法制工作委员会",
				"法制委员会", "全年");

		// Before adoption: a draft for staff, nothing for the public, refused to other accounts.
		MockHttpServletResponse draft = mvc.perform(get("/legislation/plan.docx").param("year", y)
			.with(user("s").roles("STAFF"))).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(fileName(draft)).isEqualTo("太原市人民代表大会常务委员会2073年度立法计划（草案）.docx");
		try (XWPFDocument doc = docx(draft)) {
			assertThat(paragraphs(doc).get(0)).isEqualTo("太原市人民代表大会常务委员会2073年度立法计划（草案）");
			assertThat(paragraphs(doc).get(1)).contains("尚未经主任会议通过");
		}
		mvc.perform(get("/public/plan.docx").param("year", y)).andExpect(status().isNotFound());
		assertThat(mvc.perform(get("/legislation/plan.docx").param("year", y)).andReturn().getResponse().getStatus())
			.isIn(302, 401, 403);
		mvc.perform(get("/legislation/plan.docx").param("year", y).with(user("u").roles("UNIT")))
			.andExpect(status().isForbidden());

		plan.adopt(year, LocalDate.of(2073, 2, 20), "第10次主任会议");
		MockHttpServletResponse adopted = mvc.perform(get("/public/plan.docx").param("year", y)).andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(fileName(adopted)).isEqualTo("太原市人民代表大会常务委员会2073年度立法计划.docx");
		try (XWPFDocument doc = docx(adopted)) {
			List<String> lines = paragraphs(doc);
			assertThat(lines.get(0)).isEqualTo("太原市人民代表大会常务委员会2073年度立法计划");
			assertThat(lines.get(1)).isEqualTo("（2073年2月20日经第10次主任会议通过）");
			assertThat(lines).containsSubsequence("一、制定（2项）", "二、修改（1项）", "三、调研项目（1项）")
				.noneMatch(l -> l.contains("打包修改"));
			List<XWPFTable> tables = doc.getTables();
			assertThat(tables).hasSize(3);
			assertThat(tables.get(0).getRows()).hasSize(3);
			assertThat(tables.get(0).getRow(0).getCell(2).getText()).isEqualTo("提请单位");
			assertThat(tables.get(0).getRow(2).getCell(0).getText()).isEqualTo("2");
			assertThat(tables.get(0).getRow(2).getCell(1).getText()).isEqualTo("太原市测试文本管理条例");
			assertThat(tables.get(0).getRow(2).getCell(3).getText()).isEqualTo("市城管局");
			assertThat(tables.get(0).getRow(2).getCell(4).getText()).isEqualTo("城乡建设环境保护委员会");
			assertThat(tables.get(0).getRow(2).getCell(5).getText()).isEqualTo("10月提请一审");
			assertThat(tables.get(2).getRow(1).getCell(1).getText()).isEqualTo("测试文本调研项目");
		}
		try (XWPFDocument doc = docx(mvc.perform(get("/legislation/plan.docx").param("year", y).param("lang", "en")
			.with(user("s").roles("STAFF"))).andExpect(status().isOk()).andReturn().getResponse())) {
			List<String> lines = paragraphs(doc);
			assertThat(lines.get(0)).isEqualTo("Legislative plan 2073 of 太原市人民代表大会常务委员会");
			assertThat(lines.get(1)).isEqualTo("(Adopted on February 20, 2073 by 第10次主任会议)");
			assertThat(lines).contains("1. New regulation (2 items)");
			assertThat(doc.getTables().get(0).getRow(0).getCell(2).getText()).isEqualTo("Sponsor");
		}
		assertThat(mvc.perform(get("/public/plan").param("year", y)).andReturn().getResponse().getContentAsString())
			.contains("/public/plan.docx?year=2073");
		assertThat(mvc.perform(get("/legislation/plan").param("year", y).with(user("s").roles("STAFF"))).andReturn()
			.getResponse().getContentAsString()).contains("/legislation/plan.docx?year=2073");
	}
}
