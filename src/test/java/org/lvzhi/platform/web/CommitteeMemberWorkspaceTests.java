package org.lvzhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.legislation.AddDraftVersion;
import org.lvzhi.legislation.CreateProject;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.MoveProject;
import org.lvzhi.legislation.OpenForComment;
import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectStatus;
import org.lvzhi.legislation.SubmitComment;
import org.lvzhi.oversight.WorkReportId;
import org.lvzhi.oversight.WorkReportWorkflow;
import org.lvzhi.platform.China;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A committee member (the demo's 主任 魏民) reads what the standing committee deliberates — projects
 * and drafts with their comparison table, the legislative plan, the oversight dashboard, work
 * reports, inquiries, evaluations, filing reviews, inspections and the supervision plan — without
 * the office's forms and without anybody's personal data, may change none of it, and finds on his
 * home what is coming to the sittings and what the last one dealt with.
 */
@IntegrationTest
class CommitteeMemberWorkspaceTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final String DRAFT = """
			太原市会员阅读测试条例（草案）
			第一条　为了规范测试工作，制定本条例。
			第二条　本条例适用于本市行政区域内的测试活动。
			第三条　本条例自公布之日起施行。
			""";

	private static final String REVISED = """
			太原市会员阅读测试条例（草案修改稿）
			第一条　为了规范和促进测试工作，制定本条例。
			第二条　本条例适用于本市行政区域内的测试活动。
			第三条　市测试主管部门负责本条例的实施。
			第四条　本条例自公布之日起施行。
			""";

	private static final String COMMENTER = "评论人司马测试";

	private static final String PHONE = "13987650123";

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;
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
	WorkReportWorkflow reports;
	@Autowired
	CreateOrganization organizations;

	private RequestPostProcessor member() {
		return user(users.loadUserByUsername("weimin"));
	}

	private RequestPostProcessor staff() {
		return user(users.loadUserByUsername("bangongting"));
	}

	private MockHttpServletResponse open(String path, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(path).with(who)).andReturn().getResponse();
	}

	/** The page's own content as the member reads it (the layout's sign-out form left aside); fails unless it opens. */
	private String read(String path) throws Exception {
		MockHttpServletResponse response = open(path, member());
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		String page = response.getContentAsString(StandardCharsets.UTF_8);
		return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
	}

	private static String first(String page, String regex) {
		Matcher m = Pattern.compile(regex).matcher(page);
		assertThat(m.find()).as("a link matching %s", regex).isTrue();
		return m.group(1);
	}

	private record Project(ProjectId id, DraftId first, DraftId second) {
	}

	/** A project with two readings; the first was open for comment and a citizen left name and phone. */
	private Project commentedProject() {
		ProjectId id = createProject.create("太原市会员阅读测试条例" + SEQUENCE.incrementAndGet(), null);
		DraftId first = addDraftVersion.add(id, 1, DRAFT, null, null);
		LocalDate today = LocalDate.now(China.ZONE);
		moveProject.move(id, moveProject.currentVersion(id), ProjectStatus.FIRST_READING, today.minusDays(40), null, null);
		openForComment.open(first, today.minusDays(35), today.plusDays(5), null);
		submitComment.submit(first, null, "建议明确测试主管部门。", COMMENTER, PHONE);
		DraftId second = addDraftVersion.add(id, 2, REVISED, null, null);
		return new Project(id, first, second);
	}

	@Test
	void aMemberReadsProjectsDraftsAndTheComparisonTableWithoutFormsOrCommentersData() throws Exception {
		Project p = commentedProject();
		String compare = "/legislation/projects/" + p.id().value() + "/compare?from=" + p.first().value() + "&to="
				+ p.second().value();
		List<String> pages = new ArrayList<>();
		pages.add(read("/legislation/projects"));
		pages.add(read("/legislation/projects/" + p.id().value()));
		pages.add(read("/legislation/drafts/" + p.first().value()));
		pages.add(read("/legislation/drafts/" + p.second().value()));
		pages.add(read(compare));
		pages.add(read("/legislation/drafts/search?q=" + java.net.URLEncoder.encode("测试", StandardCharsets.UTF_8)));
		pages.add(read("/legislation/plan?year=2023"));

		assertThat(pages.get(1)).contains("id=\"versions\"", "id=\"compare-form\"")
			.doesNotContain("id=\"move-form\"", "id=\"draft-form\"", "/legislation/comments/search");
		assertThat(pages.get(2)).doesNotContain("id=\"comments-link\"", "id=\"requests-link\"");
		assertThat(pages.get(4)).contains("id=\"download-table\"");
		assertThat(pages.getFirst()).doesNotContain("id=\"project-form\"");
		assertThat(pages.get(6)).contains("id=\"plan-items\"").doesNotContain("method=\"post\"");
		for (String page : pages) {
			assertThat(page).doesNotContain(COMMENTER, PHONE);
		}
		// The files the member takes to the sitting: the comparison table, the draft as Word and Akoma Ntoso.
		for (String file : List.of(compare.replace("/compare?", "/compare.docx?"),
				"/legislation/drafts/" + p.second().value() + ".docx", "/legislation/drafts/" + p.second().value() + ".xml",
				"/legislation/plan.docx?year=2023")) {
			assertThat(open(file, member()).getStatus()).as(file).isEqualTo(200);
		}
		// The comments themselves, with their authors, stay with the office.
		for (String path : List.of("/legislation/drafts/" + p.first().value() + "/comments",
				"/legislation/drafts/" + p.first().value() + "/comments.xlsx", "/legislation/comments/search",
				"/legislation/requests", "/legislation/network")) {
			assertThat(open(path, member()).getStatus()).as(path).isEqualTo(403);
		}
	}

	@Test
	void aMemberReadsTheOversightRecordsWithoutFormsAccessCodesOrPetitionersData() throws Exception {
		String dashboard = read("/oversight/dashboard");
		assertThat(dashboard).contains("id=\"opinions-open\"");

		String evaluations = read("/oversight/evaluations");
		assertThat(evaluations).doesNotContain("method=\"post\"");
		String evaluation = read(first(evaluations, "href=\"(/oversight/evaluations/\\d+)\""));
		assertThat(evaluation).contains("id=\"departmentResults\"").doesNotContain("codes.xlsx", "method=\"post\"");
		String evaluationId = first(evaluations, "href=\"/oversight/evaluations/(\\d+)\"");
		assertThat(open("/oversight/evaluations/" + evaluationId + "/results.xlsx", member()).getStatus()).isEqualTo(200);
		assertThat(open("/oversight/evaluations/" + evaluationId + "/codes.xlsx", member()).getStatus()).isEqualTo(403);

		// The demo's citizen asked for the review of a parking rule: the office sees the request, a member does not.
		String citizensReason = "缺乏上位法依据，建议审查";
		assertThat(open("/oversight/filings", staff()).getContentAsString(StandardCharsets.UTF_8)).contains(citizensReason);
		String filings = read("/oversight/filings");
		assertThat(filings).contains("id=\"filings\"").doesNotContain(citizensReason, "id=\"requests\"", "method=\"post\"");
		String filing = read(first(filings, "href=\"(/oversight/filings/\\d+)\""));
		assertThat(filing).contains("id=\"dates\"").doesNotContain("王建国", "138****5216", "method=\"post\"");

		String plan = read("/oversight/plan?year=2023");
		assertThat(plan).contains("id=\"items\"").doesNotContain("method=\"post\"", "/oversight/topics");
		assertThat(open("/oversight/plan/2023/plan.docx", member()).getStatus()).isEqualTo(200);
		assertThat(open("/oversight/topics", member()).getStatus()).isEqualTo(403);

		String workReports = read("/oversight/reports");
		String report = read(first(workReports, "href=\"(/oversight/reports/\\d+)\""));
		assertThat(report).contains("id=\"opinions\"");
		String inquiries = read("/oversight/inquiries");
		read(first(inquiries, "href=\"(/oversight/inquiries/\\d+)\""));
		read("/oversight/interpellations");
		String inspections = read("/oversight/inspections");
		read(first(inspections, "href=\"(/oversight/inspections/\\d+)\""));
		read("/oversight/inspections/dashboard");
		read("/oversight/inspections/problems");
		read("/suggestions/statistics");
	}

	@Test
	void aMemberMayChangeNothing() throws Exception {
		Project p = commentedProject();
		long project = p.id().value();
		String before = read("/legislation/projects/" + project);
		List<MockHttpServletRequestBuilder> moves = List.of(
				post("/legislation/projects").param("title", "委员不能立项的条例"),
				post("/legislation/projects/" + project + "/move").param("version", "1").param("to", "SECOND_READING"),
				post("/legislation/projects/" + project + "/drafts").param("reading", "3").param("text", REVISED),
				post("/legislation/plan/adopt").param("year", "2099").param("meeting", "主任会议"),
				post("/oversight/evaluations").param("title", "委员不能开启的测评"),
				post("/oversight/filings").param("title", "委员不能登记的文件"),
				post("/oversight/plan").param("year", "2099").param("title", "委员不能起草的计划"),
				post("/oversight/reports").param("title", "委员不能列入的报告"));
		for (MockHttpServletRequestBuilder move : moves) {
			MockHttpServletResponse response = mvc.perform(move.with(member()).with(csrf())).andReturn().getResponse();
			assertThat(response.getStatus()).as(move.buildRequest(new org.springframework.mock.web.MockServletContext())
				.getRequestURI()).isEqualTo(403);
		}
		// Nothing was changed by the refused moves.
		assertThat(read("/legislation/projects/" + project)).isEqualTo(before);
		assertThat(read("/legislation/projects?page=1")).doesNotContain("委员不能立项的条例");
	}

	@Test
	void theMembersHomeListsWhatIsComingToTheSittingsAndWhatTheLastOneDealtWith() throws Exception {
		LocalDate today = LocalDate.now(China.ZONE);
		OrganizationId organ = organizations.create(new OrganizationDetails("委员首页测试机关" + SEQUENCE.incrementAndGet()
				+ System.nanoTime() % 100000, Classification.GOVERNMENT_DEPARTMENT, null, null, null, null, null, null));
		WorkReportId coming = reports.plan(today.getYear(), "关于委员首页测试即将审议工作情况的报告", organ, null, today);
		reports.schedule(coming, today.plusDays(40));
		WorkReportId heard = reports.plan(today.getYear(), "关于委员首页测试今日审议工作情况的报告", organ, null, today);
		reports.schedule(heard, today);
		reports.deliberate(heard, "一、加强测试工作。", today);
		reports.openVote(heard, today);

		String home = read("/");

		String upcoming = section(home, "id=\"upcoming\"");
		assertThat(upcoming).contains("关于委员首页测试即将审议工作情况的报告", "/oversight/reports/" + coming.value(),
				today.plusDays(40).toString(), "已安排会议");
		// The satisfaction vote still open is what the member has to act on.
		assertThat(upcoming).contains("/oversight/reports/" + heard.value(), "投票进行中");
		assertThat(home).contains("上次常委会会议（" + today + "）");
		assertThat(section(home, "id=\"last-sitting\"")).contains("关于委员首页测试今日审议工作情况的报告");
		// Items come in the order of their sittings.
		assertThat(upcoming.indexOf(today.toString())).isLessThan(upcoming.indexOf(today.plusDays(40).toString()));
	}

	@Test
	void theHomeOfStaffShowsNoSittings() throws Exception {
		String home = open("/", staff()).getContentAsString(StandardCharsets.UTF_8);
		assertThat(home).doesNotContain("id=\"sittings\"");
	}

	/** The list that starts at the marker, up to its end. */
	private static String section(String page, String marker) {
		int start = page.indexOf(marker);
		assertThat(start).as(marker).isNotNegative();
		return page.substring(start, page.indexOf("</ul>", start));
	}
}
