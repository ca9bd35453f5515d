package org.lvzhi.appointments.motions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.appointments.MotionId;
import org.lvzhi.appointments.NominationId;
import org.lvzhi.appointments.rules.AppointmentsAccess;
import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.documents.OfficialDates;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.lvzhi.reporting.Figures;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The pages as each demo account meets them: the office handles motions, members read them, other
 * accounts are refused, the public reads the published lists and the holders; the letter of
 * appointment opens in Word and as PDF with the name, the post, the number and the date.
 */
@IntegrationTest
class AppointmentPagesTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;
	@Autowired
	ApplicationContext context;
	@Autowired
	AppointmentsAccess access;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Figures figures;

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
		.getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	private RequestPostProcessor as(String name) {
		return user(users.loadUserByUsername(name));
	}

	@Test
	void theOfficeHandlesMotionsMembersReadThemAndOthersAreRefused() throws Exception {
		AppointmentFixture f = new AppointmentFixture(context);
		MotionId motion = f.scheduled(f.viceMayor(f.newPerson()));
		long nomination = f.desk.nominations(motion).get(0).value();
		for (String office : List.of("bangongting", "daibiao-gw", "admin")) {
			mvc.perform(get("/appointments").with(as(office))).andExpect(status().isOk());
			mvc.perform(get("/appointments/new").with(as(office))).andExpect(status().isOk());
			mvc.perform(get("/appointments/motions/" + motion.value()).with(as(office)))
				.andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("id=\"record-review\"")));
		}
		mvc.perform(get("/appointments").with(as("weimin"))).andExpect(status().isOk());
		mvc.perform(get("/appointments/statistics").with(as("weimin"))).andExpect(status().isOk());
		mvc.perform(get("/appointments/nominations/" + nomination).with(as("weimin"))).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("1975年生")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("id=\"statement-form\""))));
		mvc.perform(get("/appointments/new").with(as("weimin"))).andExpect(status().isForbidden());
		mvc.perform(post("/appointments/motions/" + motion.value() + "/publish").with(csrf()).with(as("weimin")))
			.andExpect(status().isForbidden());
		// A deputy is let in only while she sits on the standing committee (members sign in with either account).
		var deputy = users.loadUserByUsername("daibiao");
		boolean deputySits = access.isMember(new UsernamePasswordAuthenticationToken(deputy, null, deputy.getAuthorities()));
		mvc.perform(get("/appointments").with(as("daibiao")))
			.andExpect(deputySits ? status().isOk() : status().isForbidden());
		for (String other : List.of("zhujianju", "gongzhong", "fagongwei", "xinfang")) {
			mvc.perform(get("/appointments").with(as(other))).andExpect(status().isForbidden());
			mvc.perform(get("/appointments/nominations/" + nomination).with(as(other))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/appointments")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/public/appointments")).andExpect(status().isOk());
		mvc.perform(get("/public/appointments/holders")).andExpect(status().isOk());
		mvc.perform(get("/public/appointments/1999-01-01")).andExpect(status().isNotFound());
	}

	@Test
	void aMotionForAPostThatDoesNotExistIsRefusedInChineseAndKeepsWhatWasTyped() throws Exception {
		AppointmentFixture f = new AppointmentFixture(context);
		PersonId person = f.newPerson();
		mvc.perform(post("/appointments").with(csrf()).with(as("bangongting"))
			.param("proposer", "MAYOR").param("title", "关于提请任命测试人员职务的议案").param("reasons", "工作需要")
			.param("materials", "考察材料").param("submittedOn", "2025-06-01")
			.param("nominees[0].kind", "APPOINT").param("nominees[0].person", String.valueOf(person.value()))
			.param("nominees[0].body", String.valueOf(f.government().value())).param("nominees[0].role", "DEPUTY_HEAD")
			.param("nominees[0].label", "总经理").param("nominees[0].record", "简历"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("所提请的职务不存在")))
			.andExpect(content().string(Matchers.containsString("关于提请任命测试人员职务的议案")));
	}

	@Test
	void aMotionFromTheFormRegistersTheNewPersonWithIt() throws Exception {
		AppointmentFixture f = new AppointmentFixture(context);
		String location = mvc.perform(post("/appointments").with(csrf()).with(as("daibiao-gw"))
			.param("proposer", "MAYOR").param("title", "关于提请任命新人职务的议案").param("reasons", "工作需要")
			.param("materials", "考察材料").param("submittedOn", "2025-06-02")
			.param("nominees[0].kind", "APPOINT").param("nominees[0].newName", "表单新增人员")
			.param("nominees[0].gender", "MALE")
			.param("nominees[0].body", String.valueOf(f.government().value())).param("nominees[0].role", "DEPUTY_HEAD")
			.param("nominees[0].label", "副市长").param("nominees[0].record", "1980年生。"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/appointments/motions/");
		MotionId motion = new MotionId(Long.parseLong(location.substring(location.lastIndexOf('/') + 1)));
		NominationRow row = f.row(f.desk.nominations(motion).get(0));
		assertThat(f.directory.person(new PersonId(row.personId())).orElseThrow().name()).isEqualTo("表单新增人员");
	}

	@Test
	void theLetterOfAppointmentOpensWithTheNameThePostTheNumberAndTheDate() throws Exception {
		AppointmentFixture f = new AppointmentFixture(context);
		PersonId person = f.newPerson();
		MotionId motion = f.scheduled(f.viceMayor(person));
		NominationId nomination = f.desk.nominations(motion).get(0);
		f.vote(f.sitting(), nomination, f.sittings.members().size());
		LocalDate on = f.row(nomination).votedOn().plusDays(1);
		mvc.perform(post("/appointments/nominations/" + nomination.value() + "/letter").with(csrf()).with(as("bangongting"))
			.param("on", on.toString())).andExpect(status().is3xxRedirection());
		NominationRow row = f.row(nomination);
		assertThat(row.letterNumber()).matches("并任字〔" + on.getYear() + "〕第\\d+号");
		byte[] docx = mvc.perform(get("/appointments/nominations/" + nomination.value() + "/letter.docx").with(as("bangongting")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		mvc.perform(get("/appointments/nominations/" + nomination.value() + "/letter.docx").with(as("weimin")))
			.andExpect(status().isForbidden());
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			String name = f.directory.person(person).orElseThrow().name();
			assertThat(text).contains("任　命　书", name, "任命你为太原市人民政府副市长", row.letterNumber(),
					OfficialDates.chinese(on), "太原市人民代表大会常务委员会");
		}
		var pdf = mvc.perform(get("/appointments/nominations/" + nomination.value() + "/letter.pdf").with(as("bangongting")))
			.andExpect(status().isOk()).andExpect(content().contentType("application/pdf")).andReturn().getResponse();
		mvc.perform(get("/appointments/nominations/" + nomination.value() + "/letter.pdf").with(as("weimin")))
			.andExpect(status().isForbidden());
		try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
			assertThat(new PDFTextStripper().getText(doc)).contains(f.directory.person(person).orElseThrow().name(),
					row.letterNumber(), OfficialDates.chinese(on));
		}
		mvc.perform(post("/appointments/nominations/" + nomination.value() + "/oath").with(csrf()).with(as("bangongting"))
			.param("on", on.toString()).param("witnesses", "魏民")).andExpect(status().is3xxRedirection());
		assertThat(f.row(nomination).oathText()).startsWith("我宣誓");
		mvc.perform(post("/appointments/motions/" + motion.value() + "/publish").with(csrf()).with(as("bangongting")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/public/appointments/" + AppointmentFixture.DAY)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(f.directory.person(person).orElseThrow().name())));
		mvc.perform(get("/public/appointments/holders")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(f.directory.person(person).orElseThrow().name())));
	}

	@Test
	void theOfficeAttachesAMotionsPapersMembersReadThemAndNobodyAddsAfterTheVote() throws Exception {
		AppointmentFixture f = new AppointmentFixture(context);
		MotionId motion = f.scheduled(f.viceMayor(f.newPerson()));
		String action = "/appointments/motions/" + motion.value() + "/papers";
		mvc.perform(multipart(action).file(new MockMultipartFile("files", "考察材料.pdf", "application/pdf", PDF))
			.with(csrf()).with(as("weimin"))).andExpect(status().isForbidden());
		mvc.perform(multipart(action).file(new MockMultipartFile("files", "考察材料.pdf", "application/pdf", PDF))
			.with(csrf()).with(as("bangongting"))).andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/appointments/motions/" + motion.value()).with(as("weimin"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("考察材料.pdf").doesNotContain("id=\"attach-papers\"");
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("/appointments/motions/\\d+/papers/(\\d+)").matcher(page);
		assertThat(link.find()).isTrue();
		byte[] read = mvc.perform(get(link.group()).with(as("weimin"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(read).isEqualTo(PDF);
		mvc.perform(get(link.group()).with(as("xinfang"))).andExpect(status().isForbidden());

		f.vote(f.sitting(), f.desk.nominations(motion).get(0), f.sittings.members().size());
		var refused = mvc.perform(multipart(action).file(new MockMultipartFile("files", "补充.pdf", "application/pdf", PDF))
			.with(csrf()).with(as("bangongting"))).andReturn();
		assertThat(refused.getFlashMap().get("errorKey")).isEqualTo("appointments.papers.decided");
	}

	@Test
	void theStatisticsCountThe2023AppointmentsByKindAsTheRecordsHoldThem() throws Exception {
		String page = mvc.perform(get("/appointments/statistics").param("year", "2023").with(as("bangongting")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		long figure = figures.find("appointments").orElseThrow().value(2023);
		assertThat(figure).isEqualTo(125);
		assertThat(page).contains("id=\"total\"").containsPattern("id=\"total\"[^>]*>[^<]*125");
		int kindsSeen = 0;
		for (org.lvzhi.appointments.AppointmentKind kind : org.lvzhi.appointments.AppointmentKind.values()) {
			long passed = jdbc.sql("""
					SELECT COUNT(*) FROM appointments_nomination n JOIN appointments_motion m ON m.id = n.motion_id
					WHERE n.kind = ? AND n.state = 'PASSED' AND m.sitting_day BETWEEN DATE '2023-01-01' AND DATE '2023-12-31'""")
				.param(kind.name()).query(Long.class).single();
			java.util.regex.Matcher row = java.util.regex.Pattern.compile("id=\"kind-" + kind + "\">(.*?)</tr>",
					java.util.regex.Pattern.DOTALL).matcher(page);
			assertThat(row.find()).as(kind.name()).isTrue();
			java.util.List<String> cells = new java.util.ArrayList<>();
			java.util.regex.Matcher cell = java.util.regex.Pattern.compile("<td>([^<]*)</td>").matcher(row.group(1));
			while (cell.find()) {
				cells.add(cell.group(1).strip());
			}
			int passedColumn = java.util.Arrays.asList(NominationState.values()).indexOf(NominationState.PASSED) + 1;
			assertThat(cells.get(passedColumn)).as(kind.name()).isEqualTo(String.valueOf(passed));
			if (passed > 0) {
				kindsSeen++;
			}
		}
		assertThat(kindsSeen).as("the demo spreads its 125 over several kinds").isGreaterThan(1);
	}
}
