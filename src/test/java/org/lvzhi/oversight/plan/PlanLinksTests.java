package org.lvzhi.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonalData;
import org.lvzhi.directory.RegisterPerson;
import org.lvzhi.oversight.PlanItemKind;
import org.lvzhi.oversight.WorkReportId;
import org.lvzhi.oversight.WorkReportWorkflow;
import org.lvzhi.oversight.inspections.InspectionId;
import org.lvzhi.oversight.inspections.NewInspection;
import org.lvzhi.oversight.inspections.NewVisit;
import org.lvzhi.oversight.inspections.PlanInspection;
import org.lvzhi.oversight.inspections.RecordVisit;
import org.lvzhi.oversight.inspections.Topic;
import org.lvzhi.oversight.inspections.VisitKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The plan item shown on the page of the record that carries it out: the office follows it to the
 * plan's own page, a committee member (who may not open that page) to the public page of the year,
 * at the item; before publication a member sees the item without a link.
 */
@IntegrationTest
class PlanLinksTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();
	private static final Pattern LINK = Pattern.compile("<a class=\"plan-item-link\"[^>]*href=\"([^\"]+)\"");

	@Autowired
	SupervisionPlanService service;
	@Autowired
	SupervisionPlans plans;
	@Autowired
	WorkReportWorkflow reports;
	@Autowired
	PlanInspection inspections;
	@Autowired
	RecordVisit visits;
	@Autowired
	CreateOrganization organizations;
	@Autowired
	RegisterPerson people;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;
	@Autowired
	MockMvc mvc;

	private RequestPostProcessor account(Role role) {
		String username = "t-planlink-" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-"
				+ System.nanoTime() % 100000;
		Long person = null;
		if (role == Role.MEMBER) {
			PersonId p = people.register(new PersonDetails("计划链接测试委员" + SEQUENCE.incrementAndGet(), Gender.MALE, "汉族",
					"公务员", PersonalData.none()));
			person = p.value();
		}
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + role, role,
				role == Role.STAFF ? "GENERAL_OFFICE" : null, person, null));
		return user(users.loadUserByUsername(username));
	}

	private OrganizationId organ() {
		return organizations.create(new OrganizationDetails("测试计划链接机关" + System.nanoTime() + SEQUENCE.incrementAndGet(),
				Classification.GOVERNMENT_DEPARTMENT, null, null, null, null, null, null));
	}

	private String page(String path, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	/** The target of the page's plan link, or {@code null} when the item is shown without one. */
	private static String link(String page) {
		Matcher m = LINK.matcher(page);
		return m.find() ? m.group(1) : null;
	}

	/** Follows a link as the reader would: the page opens and holds the anchor the link points to. */
	private void follow(String href, RequestPostProcessor who, String title) throws Exception {
		String path = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
		String page = page(path, who);
		assertThat(page).contains(title);
		if (href.contains("#")) {
			assertThat(page).contains("id=\"" + href.substring(href.indexOf('#') + 1) + "\"");
		}
	}

	@Test
	void theOfficeGoesToThePlanPageAndAMemberToThePublicPlanAtTheItem() throws Exception {
		int year = 2061;
		service.draft(year, "测试链接年度监督工作计划");
		OrganizationId organ = organ();
		WorkReportId report = reports.plan(year, "关于测试链接工作情况的报告", organ, null, LocalDate.of(year, 1, 5));
		InspectionId inspection = inspections.plan(new NewInspection("《测试链接条例》执法检查", "测试链接条例", null,
				Topic.OTHER, "法制委员会", LocalDate.of(year, 5, 6), List.of("执法情况")));
		long visit = visits.record(new NewVisit(VisitKind.RESEARCH, "关于测试链接工作的专题调研", LocalDate.of(year, 4, 8),
				"小店区", "部分常委会组成人员", null, List.of())).visit().value();
		long reportItem = service.addItem(year, PlanItemKind.WORK_REPORT, "听取和审议关于测试链接工作情况的报告", organ, null, 6, null);
		long inspectionItem = service.addItem(year, PlanItemKind.INSPECTION, "《测试链接条例》执法检查", null, "法制委员会", 5, null);
		long visitItem = service.addItem(year, PlanItemKind.RESEARCH, "测试链接工作专题调研", null, "财政经济委员会", 4, null);
		service.link(year, reportItem, report.value());
		service.link(year, inspectionItem, inspection.value());
		service.link(year, visitItem, visit);

		RequestPostProcessor staff = account(Role.STAFF);
		RequestPostProcessor member = account(Role.MEMBER);
		String reportPath = "/oversight/reports/" + report.value();
		String inspectionPath = "/oversight/inspections/" + inspection.value();
		String visitPath = "/oversight/visits/" + visit;

		// Not published yet: the member sees the item, but there is no public page to go to.
		for (String path : List.of(reportPath, inspectionPath, visitPath)) {
			String p = page(path, member);
			assertThat(p).as(path).contains("id=\"plan-item\"");
			assertThat(link(p)).as(path).isNull();
		}
		assertThat(page(inspectionPath, member)).contains("《测试链接条例》执法检查");

		service.adopt(year, LocalDate.of(year - 1, 12, 20), "主任会议讨论通过。");
		service.publish(year, LocalDate.of(year - 1, 12, 25));

		// The office's page is the office's to change (a member reads it without its forms); the
		// member's links lead to the published plan.
		assertThat(page("/oversight/plan?year=" + year, member)).contains("id=\"items\"").doesNotContain("amend-form",
				"publish-form");
		record Case(String path, long item, String title) {
		}
		for (Case c : List.of(new Case(reportPath, reportItem, "听取和审议关于测试链接工作情况的报告"),
				new Case(inspectionPath, inspectionItem, "《测试链接条例》执法检查"),
				new Case(visitPath, visitItem, "测试链接工作专题调研"))) {
			String asMember = link(page(c.path(), member));
			assertThat(asMember).as(c.path()).isEqualTo("/public/oversight-plan/" + year + "#item-" + c.item());
			follow(asMember, member, c.title());
			String asStaff = link(page(c.path(), staff));
			assertThat(asStaff).as(c.path()).isEqualTo("/oversight/plan?year=" + year + "#item-" + c.item());
			follow(asStaff, staff, c.title());
		}
		// Years are written as years, not as grouped numbers.
		assertThat(page(reportPath, staff)).contains(year + "年度监督工作计划第").doesNotContain("2,061");
		assertThat(page("/oversight/plan?year=" + year, staff)).contains("<h1 class=\"h4 me-auto\">" + year + "年度监督工作计划</h1>");

		// An amendment not yet published replaces the inspection's item: the office goes to the new
		// item, the member to the published one it replaces.
		service.amend(year, "调整执法检查的时间。");
		long replacement = service.replaceItem(year, null, inspectionItem, "《测试链接条例》执法检查（调整）", null, "法制委员会",
				9, null);
		assertThat(link(page(inspectionPath, staff))).isEqualTo("/oversight/plan?year=" + year + "#item-" + replacement);
		String asMember = link(page(inspectionPath, member));
		assertThat(asMember).isEqualTo("/public/oversight-plan/" + year + "#item-" + inspectionItem);
		follow(asMember, member, "《测试链接条例》执法检查");
		// An item only the unpublished amendment holds: to the year's public page, without an anchor.
		long added = service.addItem(year, PlanItemKind.RESEARCH, "测试链接补充调研", null, null, 10, null);
		long second = visits.record(new NewVisit(VisitKind.RESEARCH, "测试链接补充调研", LocalDate.of(year, 10, 9), "迎泽区",
				"部分常委会组成人员", null, List.of())).visit().value();
		service.link(year, added, second);
		assertThat(link(page("/oversight/visits/" + second, member))).isEqualTo("/public/oversight-plan/" + year);
	}

	@Test
	void theDemoInquiryAndEvaluationShowTheirItemOfThe2023Plan() throws Exception {
		long planId = plans.plan(2023).orElseThrow().id();
		var items = plans.items(planId, plans.published(planId).orElseThrow().revision());
		var inquiry = items.stream().filter(i -> i.kind() == PlanItemKind.INQUIRY).findFirst().orElseThrow();
		var evaluation = items.stream().filter(i -> i.kind() == PlanItemKind.EVALUATION).findFirst().orElseThrow();
		assertThat(inquiry.recordId()).isNotNull();
		assertThat(evaluation.recordId()).isNotNull();
		RequestPostProcessor staff = account(Role.STAFF);
		RequestPostProcessor member = account(Role.MEMBER);

		String inquiryPath = "/oversight/inquiries/" + inquiry.recordId();
		String asStaff = page(inquiryPath, staff);
		assertThat(asStaff).contains("id=\"plan-item\"").contains("2023年度监督工作计划第" + inquiry.seq() + "项");
		assertThat(link(asStaff)).isEqualTo("/oversight/plan?year=2023#item-" + inquiry.id());
		follow(link(asStaff), staff, inquiry.title());
		String asMember = link(page(inquiryPath, member));
		assertThat(asMember).isEqualTo("/public/oversight-plan/2023#item-" + inquiry.id());
		follow(asMember, member, inquiry.title());

		String evaluationPath = "/oversight/evaluations/" + evaluation.recordId();
		String evaluationPage = page(evaluationPath, staff);
		assertThat(evaluationPage).contains("id=\"plan-item\"").contains(evaluation.title());
		assertThat(link(evaluationPage)).isEqualTo("/oversight/plan?year=2023#item-" + evaluation.id());
		follow(link(evaluationPage), staff, evaluation.title());

		String english = mvc.perform(get(inquiryPath).param("lang", "en").with(staff)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(english).contains("Supervision plan 2023, item " + inquiry.seq());
	}
}
