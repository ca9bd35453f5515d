package org.lvzhi.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.lvzhi.AnonymousClient;
import org.lvzhi.IntegrationTest;
import org.lvzhi.participation.questionnaires.QuestionnaireDesk;
import org.lvzhi.participation.questionnaires.QuestionnaireStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import jakarta.servlet.http.Cookie;

/**
 * The public answer form over HTTP as a phone sends it: a refused answer comes back with every
 * problem named and everything typed still there; a good one gets a receipt code that finds it; the
 * same device cannot answer twice. The office's exports open as real files.
 */
@IntegrationTest
class QuestionnairePagesTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	QuestionnaireDesk desk;
	@Autowired
	QuestionnaireStore store;

	@Test
	void aPhoneAnswersOnceGetsAReceiptAndARefusalKeepsWhatWasTyped() throws Exception {
		QuestionnaireId id = desk.create("页面测试问卷 " + System.nanoTime(), "请如实填写。", null, Audience.LINK);
		long size = desk.addQuestion(id, QuestionSpec.of(QuestionKind.SINGLE, "企业规模", true, List.of("小型", "微型")));
		long idea = desk.addQuestion(id, QuestionSpec.of(QuestionKind.LONG_TEXT, "意见建议", false, List.of()));
		long count = desk.addQuestion(id, QuestionSpec.of(QuestionKind.NUMBER, "员工人数", true, List.of()).range(1, 500));
		LocalDateTime now = LocalDateTime.now();
		desk.publish(id, now.minusDays(1), now.plusDays(30));
		String page = "/public/questionnaires/" + id.value();
		Cookie device = new Cookie("lvzhi_device", "test-device-" + System.nanoTime());

		AnonymousClient phone = AnonymousClient.fresh(mvc);
		String refused = mvc.perform(phone.post(page, page).cookie(device).param("q" + idea, "希望减少重复检查")
			.param("q" + count, "9999")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("有 2 道题需要修改").contains("第 1 题").contains("这是必答题")
			.contains("数字须在 1 至 500 之间").contains("希望减少重复检查").contains("value=\"9999\"");
		assertThat(store.responses(id.value())).isZero();

		MvcResult sent = mvc.perform(phone.post(page, page).cookie(device).param("q" + size, "微型").param("q" + count, "12"))
			.andReturn();
		assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/public/questionnaires/done");
		String receipt = (String) sent.getFlashMap().get("receiptCode");
		String found = mvc.perform(get("/public/questionnaires/receipt").param("code", receipt)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(found).contains("id=\"receipt\"").contains("页面测试问卷");

		String again = mvc.perform(AnonymousClient.fresh(mvc).post(page, page).cookie(device).param("q" + size, "小型")
			.param("q" + count, "3")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(again).contains("已经提交过这份问卷");
		assertThat(store.responses(id.value())).isEqualTo(1);
	}

	@Test
	void aDraftIsNotThereForThePublicAndTheOfficeExportsOpen() throws Exception {
		QuestionnaireId id = desk.create("草稿问卷 " + System.nanoTime(), null, null, Audience.LINK);
		desk.addQuestion(id, QuestionSpec.of(QuestionKind.SINGLE, "是否", true, List.of("是", "否")));
		assertThat(mvc.perform(get("/public/questionnaires/" + id.value())).andReturn().getResponse().getStatus())
			.isEqualTo(404);

		long demo = store.withPublicResults().stream().filter(q -> q.title().startsWith("2023年太原市营商环境问卷调查"))
			.findFirst().orElseThrow().id();
		var office = user("questionnaire-office").authorities(() -> "ROLE_STAFF", () -> "OFFICE_GENERAL_OFFICE");
		byte[] xlsx = mvc.perform(get("/participation/questionnaires/" + demo + "/answers.xlsx")
			.with(office)).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(3762);
		}
		byte[] docx = mvc.perform(get("/participation/questionnaires/" + demo + "/results.docx")
			.with(office)).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
			String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat);
			assertThat(text).contains("共回收答卷 3762 份");
		}
	}
}
