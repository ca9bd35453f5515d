package org.lvzhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Office;
import org.lvzhi.accounts.Role;
import org.lvzhi.legislation.AddDraftVersion;
import org.lvzhi.legislation.CreateProject;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.MoveProject;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectStatus;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff open a draft for comment; a member of the public comments on article 5 from a phone; staff
 * adopt the comment, and the adoption report lists it.
 */
@IntegrationTest
class LegislationJourneyTests {

	static final String DRAFT = """
			太原市旅程测试条例（草案）
			第一条　为了测试，制定本条例。
			第二条　本条例适用于本市。
			第三条　市人民政府负责实施本条例。
			第四条　有关部门按照职责做好相关工作。
			第五条　违反本条例规定的，由有关部门责令改正，处二百元以上五百元以下罚款。
			第六条　本条例自公布之日起施行。
			""";

	@LocalServerPort
	int port;
	@Autowired
	Accounts accounts;
	@Autowired
	CreateProject createProject;
	@Autowired
	AddDraftVersion addDraftVersion;
	@Autowired
	MoveProject moveProject;
	@Autowired
	MockMvc mvc;

	@Test
	void aCommentOnArticleFiveFromAPhoneIsAdoptedAndReported() throws Exception {
		accounts.open(new NewAccount("journey-legislation", "Journey-pass-1", "立法旅程工作人员", Role.STAFF,
				Office.GENERAL_OFFICE.name(), null, null));
		ProjectId project = createProject.create("太原市旅程测试条例", null);
		DraftId draft = addDraftVersion.add(project, 1, DRAFT, null, null);
		moveProject.move(project, moveProject.currentVersion(project), ProjectStatus.FIRST_READING,
				LocalDate.now(ZoneId.of("Asia/Shanghai")), null, null);
		String body = "建议将第五条罚款下限提高到三百元。";

		try (Browser staff = Browser.desktop(port)) {
			try {
				staff.signIn("journey-legislation", "Journey-pass-1");
				staff.waitForText("#signed-in-as", "立法旅程工作人员");
				staff.open("/legislation/drafts/" + draft + "/comments");
				staff.click("#window-form button[type=submit]");
				staff.waitForText("#window", "征求意见期");
			}
			catch (AssertionError | RuntimeException e) {
				staff.screenshot("legislation-journey-open");
				throw e;
			}

			try (Browser phone = Browser.phone(port)) {
				try {
					phone.open("/public/drafts/" + draft);
					new Select(phone.find("#article")).selectByVisibleText("第五条");
					phone.type("#body", body);
					phone.type("#contact", "13800000000");
					phone.click("#comment-form button[type=submit]");
					// The browser works out the form's proof of work (js/guard.js) before it posts.
					phone.waitForText("body", "您的意见已收到", java.time.Duration.ofSeconds(60));
					assertThat(phone.text("main")).doesNotContain("13800000000");
				}
				catch (AssertionError | RuntimeException e) {
					phone.screenshot("legislation-journey-comment");
					throw e;
				}
			}

			try {
				staff.open("/legislation/drafts/" + draft + "/comments");
				assertThat(staff.text("main")).contains(body, "第五条");
				new Select(staff.find("select[name=decision]")).selectByVisibleText("采纳");
				staff.click("form[action$='/decide'] button[type=submit]");
				staff.waitForText(".decision", "采纳");
			}
			catch (AssertionError | RuntimeException e) {
				staff.screenshot("legislation-journey-decide");
				throw e;
			}
		}

		byte[] report = mvc.perform(get("/legislation/drafts/" + draft + "/adoption.docx").with(user("s").roles("STAFF")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(report))) {
			String row = doc.getTables().getFirst().getRow(1).getTableCells().stream().map(c -> c.getText())
				.reduce("", (a, b) -> a + "|" + b);
			assertThat(row).contains("第五条", body, "采纳");
		}
	}
}
