package org.lvzhi.platform;

import org.lvzhi.AnonymousClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.catalina.valves.StuckThreadDetectionValve;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Over-long and oversize input is refused with a message on the server before the database, the
 * limits shown in the forms are the columns' own, and what the public typed can neither hold a
 * thread nor break an export.
 */
@IntegrationTest
class InputLimitsTests {

	private static final Pattern LIMIT_IN_TEMPLATE = Pattern.compile("@fieldLimits\\.max\\('([a-z_.]+)'\\)");

	@Autowired
	MockMvc mvc;
	@Autowired
	FieldLimits limits;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	UserDetailsService users;
	@Autowired
	ServletWebServerApplicationContext server;

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	@Test
	void everyLimitAFormShowsIsTheLengthOfAnExistingColumn() throws IOException {
		int found = 0;
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher m = LIMIT_IN_TEMPLATE.matcher(Files.readString(template));
				while (m.find()) {
					found++;
					String column = m.group(1);
					String[] parts = column.split("\\.");
					Integer declared = jdbc.sql("""
							SELECT character_maximum_length FROM information_schema.columns
							WHERE table_schema = CURRENT_SCHEMA AND table_name = :t AND column_name = :c""")
						.param("t", parts[0]).param("c", parts[1]).query(Integer.class).optional().orElse(null);
					assertThat(declared).as(template + " names " + column).isNotNull().isEqualTo(limits.max(column));
				}
			}
		}
		assertThat(found).isGreaterThanOrEqualTo(9);
		assertThat(limits.max("directory_person.name")).isEqualTo(100);
		assertThat(limits.max("directory_person.mobile")).isEqualTo(20);
	}

	@Test
	void thePersonFormShowsItsColumnsLimitsAndRefusesLongerFieldsKeepingWhatWasTyped() throws Exception {
		String form = mvc.perform(get("/directory/persons/new").with(as("daibiao-gw"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(form).contains("name=\"name\" maxlength=\"100\"").contains("name=\"mobile\" maxlength=\"20\"")
			.contains("name=\"occupation\" maxlength=\"200\"").contains("name=\"ethnicity\" maxlength=\"32\"");
		for (String field : new String[] { "name", "ethnicity", "occupation", "mobile" }) {
			String tooLong = "超长" + "字".repeat(limits.max("directory_person." + field));
			// One value per field, as a browser posts it: the over-long one replaces the usual value.
			java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(
					java.util.Map.of("name", "长字段测试人", "gender", "FEMALE", "ethnicity", "汉族"));
			fields.put(field, tooLong);
			var request = post("/directory/persons").with(as("daibiao-gw")).with(csrf());
			fields.forEach(request::param);
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as(field).isEqualTo(422);
			assertThat(response.getContentAsString()).as(field).contains("太长了").contains(tooLong);
		}
	}

	@Test
	void thePublicFilingReviewFormRefusesAnOverlongTitleRequesterOrContactWithAMessage() throws Exception {
		for (String field : new String[] { "documentTitle", "requester", "contact" }) {
			String tooLong = "很".repeat(201);
			var request = AnonymousClient.fresh(mvc).post("/public/filing-review", "/public/filing-review")
				.param("documentTitle", "某规范性文件")
				.param("reason", "与上位法相抵触").param("requester", "张三").param("contact", "13800000000")
				.param(field, tooLong);
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as(field).isLessThan(500);
			assertThat(response.getContentAsString()).as(field).contains("太长了").contains("与上位法相抵触");
		}
		assertThat(mvc.perform(get("/public/filing-review")).andReturn().getResponse().getContentAsString())
			.contains("maxlength=\"200\"").contains("maxlength=\"100\"");
	}

	@Test
	void registrationRefusesAnOverlongDisplayNameWithAMessage() throws Exception {
		String page = mvc.perform(AnonymousClient.fresh(mvc).post("/register", "/register")
			.param("displayName", "名".repeat(101)).param("password", "Lang3Passwort!").param("passwordRepeat",
					"Lang3Passwort!"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("姓名或昵称最多 100 个字").contains("名".repeat(101));
	}

	@Test
	void anyFieldBeyondTheCapIsRefusedBeforeBindingAndAnAnonymousBodyBeyondItsCapBeforeParsing() throws Exception {
		long start = System.nanoTime();
		int status = mvc.perform(post("/suggestions/new").with(as("daibiao")).with(csrf()).param("title", "一个词")
			.param("body", "a".repeat(1_000_000))).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(413);
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
		int anonymous = mvc.perform(post("/public/oversight-topics").with(csrf())
			.contentType("application/x-www-form-urlencoded").content("reason=" + "x".repeat(300_000)))
			.andReturn().getResponse().getStatus();
		assertThat(anonymous).isEqualTo(413);
	}

	@Test
	void aSuggestionOfOneLongUnbrokenWordIsAnsweredWithinTwoSeconds() throws Exception {
		long start = System.nanoTime();
		int status = mvc.perform(post("/suggestions/new").with(as("daibiao")).with(csrf()).param("title", "一个很长的词")
			.param("body", "词".repeat(5_000) + "z".repeat(10_000))).andReturn().getResponse().getStatus();
		assertThat(status).isLessThan(500);
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
	}

	@Test
	void aRequestStillRunningAfterItsBudgetIsLoggedAndThenInterrupted() {
		var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
		org.apache.catalina.Context context = (org.apache.catalina.Context) tomcat.getHost().findChildren()[0];
		assertThat(context.getPipeline().getValves()).filteredOn(StuckThreadDetectionValve.class::isInstance)
			.singleElement()
			.satisfies(v -> {
				assertThat(((StuckThreadDetectionValve) v).getThreshold()).isEqualTo(20);
				assertThat(((StuckThreadDetectionValve) v).getInterruptThreadThreshold()).isEqualTo(60);
			});
	}

	@Test
	void aReasonLongerThanACellHoldsNoLongerBreaksTheTopicExport() throws Exception {
		jdbc.sql("""
				INSERT INTO oversight_topic (plan_year, title, reason, proposer, submitted_on, state, source)
				VALUES (2099, '超长理由', :reason, '公众', DATE '2023-05-01', 'RECEIVED', 'PUBLIC')""")
			.param("reason", "=cmd|' /C calc'!A0" + "理".repeat(40_000)).update();
		MockHttpServletResponse export = mvc.perform(get("/oversight/topics/export.xlsx").param("year", "2099")
			.with(as("bangongting"))).andReturn().getResponse();
		assertThat(export.getStatus()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.getContentAsByteArray()))) {
			boolean found = false;
			for (var row : workbook.getSheetAt(0)) {
				for (var cell : row) {
					if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
							&& cell.getStringCellValue().startsWith("=cmd")) {
						found = true;
						assertThat(cell.getStringCellValue()).hasSize(Spreadsheet.MAX_CELL_LENGTH).endsWith(Spreadsheet.TRUNCATED);
						assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
					}
				}
			}
			assertThat(found).isTrue();
		}
	}
}
