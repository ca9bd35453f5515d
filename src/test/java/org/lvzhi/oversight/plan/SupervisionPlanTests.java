package org.lvzhi.oversight.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.audit.AuditLog;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.PlanItemKind;
import org.lvzhi.oversight.WorkReportId;
import org.lvzhi.oversight.WorkReportWorkflow;
import org.lvzhi.oversight.plan.SupervisionPlans.RevisionState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The annual supervision plan: drafted, adopted by the council of chairpersons, published, amended
 * by a new revision without touching the adopted one; and the demo's 2023 plan.
 */
@IntegrationTest
class SupervisionPlanTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	SupervisionPlanService service;
	@Autowired
	SupervisionPlans plans;
	@Autowired
	WorkReportWorkflow reports;
	@Autowired
	CreateOrganization organizations;
	@Autowired
	AuditLog audit;
	@Autowired
	MockMvc mvc;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;

	OrganizationId organ() {
		return organizations.create(new OrganizationDetails("测试计划报告机关" + System.nanoTime() + SEQUENCE.incrementAndGet(),
				Classification.GOVERNMENT_DEPARTMENT, null, null, null, null, null, null));
	}

	RequestPostProcessor account(Role role, String office, Long organization) {
		String username = "t-plan-" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + role, role, office, null, organization));
		return user(users.loadUserByUsername(username));
	}

	@Test
	void anAmendmentIsANewRevisionAndTheAdoptedOneStaysAsItWas() {
		int year = 2041;
		service.draft(year, null);
		OrganizationId organ = organ();
		long report = service.addItem(year, PlanItemKind.WORK_REPORT, "听取和审议关于测试工作情况的报告", organ, "财政经济委员会", 6, null);
		long inspection = service.addItem(year, PlanItemKind.INSPECTION, "《测试条例》执法检查", null, "法制委员会", 5, null);
		assertThatThrownBy(() -> service.publish(year, LocalDate.of(2040, 12, 30)))
			.hasMessage("oversight.error.planNotAdopted");
		assertThatThrownBy(() -> service.adopt(year, null, "通过")).hasMessage("oversight.error.adoptionRequired");
		service.adopt(year, LocalDate.of(2040, 12, 20), "主任会议讨论通过。");
		// Adopted: the items are frozen until an amendment is opened.
		assertThatThrownBy(() -> service.addItem(year, PlanItemKind.INQUIRY, "专题询问", null, null, null, null))
			.isInstanceOf(OversightException.class).hasMessage("oversight.error.planNotDraft");
		assertThatThrownBy(() -> service.publish(year, LocalDate.of(2040, 12, 19)))
			.hasMessage("oversight.error.meetingBefore");
		service.publish(year, LocalDate.of(2040, 12, 25));
		long planId = plans.plan(year).orElseThrow().id();
		assertThat(plans.published(planId)).get().extracting(SupervisionPlans.Revision::revision).isEqualTo(1);

		service.amend(year, "增加专题询问，调整执法检查。");
		long inquiry = service.addItem(year, PlanItemKind.INQUIRY, "关于测试工作的专题询问", organ, null, 9, null);
		long changed = service.replaceItem(year, null, inspection, "《测试条例》执法检查（调整后）", null, "法制委员会", 7, null);
		// Not adopted yet: the public still sees revision 1.
		assertThat(plans.published(planId)).get().extracting(SupervisionPlans.Revision::revision).isEqualTo(1);
		assertThatThrownBy(() -> service.adopt(year, LocalDate.of(2040, 12, 1), "早于上次"))
			.hasMessage("oversight.error.meetingBefore");
		service.adopt(year, LocalDate.of(2041, 6, 10), "主任会议同意调整。");
		service.publish(year, LocalDate.of(2041, 6, 12));

		assertThat(plans.items(planId, 1)).extracting(SupervisionPlans.Item::id).containsExactly(report, inspection);
		assertThat(plans.items(planId, 1)).extracting(SupervisionPlans.Item::plannedMonth).containsExactly(6, 5);
		assertThat(plans.items(planId, 2)).extracting(SupervisionPlans.Item::id).containsExactly(report, inquiry, changed);
		var replacement = plans.items(planId, 2).get(2);
		assertThat(replacement.replacesId()).isEqualTo(inspection);
		assertThat(replacement.addedIn()).isEqualTo(2);
		assertThat(plans.revisions(planId)).extracting(SupervisionPlans.Revision::state)
			.containsExactly(RevisionState.PUBLISHED, RevisionState.PUBLISHED);
		assertThat(plans.revisions(planId).get(0).meetingDate()).isEqualTo(LocalDate.of(2040, 12, 20));
		assertThat(audit.historyOf("SupervisionPlan", String.valueOf(planId))).extracting(e -> e.action())
			.contains("oversight.plan.drafted", "oversight.plan.adopted", "oversight.plan.published",
					"oversight.plan.amendmentOpened", "oversight.plan.itemRemoved", "oversight.plan.itemAdded");
	}

	@Test
	void aPlannedWorkReportIsTiedToItsItemAndShowsIt() throws Exception {
		int year = 2042;
		service.draft(year, "测试年度监督工作计划");
		OrganizationId organ = organ();
		long item = service.addItem(year, PlanItemKind.WORK_REPORT, "听取和审议关于测试联动工作的报告", organ, null, null, null);
		WorkReportId report = reports.plan(year, "关于测试联动工作的报告", organ, null, LocalDate.of(2042, 1, 5));
		assertThatThrownBy(() -> service.link(year, item, -1)).hasMessage("oversight.error.planRecord");
		service.link(year, item, report.value());
		assertThat(plans.itemFor(PlanItemKind.WORK_REPORT, report.value())).get()
			.satisfies(ref -> assertThat(ref.itemId()).isEqualTo(item));
		String page = mvc.perform(get("/oversight/reports/" + report.value()).with(account(Role.STAFF, "GENERAL_OFFICE", null)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"plan-item\"").contains("听取和审议关于测试联动工作的报告");
	}

	@Test
	void staffRunThePlanThroughThePagesAndThePublicSeesOnlyWhatWasPublished() throws Exception {
		int year = 2043;
		RequestPostProcessor staff = account(Role.STAFF, "GENERAL_OFFICE", null);
		mvc.perform(post("/oversight/plan").with(staff).with(csrf()).param("year", String.valueOf(year)))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("successKey", "oversight.plan.drafted"));
		int version = plans.plan(year).orElseThrow().version();
		mvc.perform(post("/oversight/plan/" + year + "/items").with(staff).with(csrf()).param("version", String.valueOf(version))
			.param("kind", "INSPECTION").param("title", "《公开测试条例》执法检查").param("month", "4"))
			.andExpect(flash().attribute("successKey", "oversight.plan.saved"));
		// A second editor who saw the old version is refused; nothing is added twice.
		mvc.perform(post("/oversight/plan/" + year + "/items").with(staff).with(csrf()).param("version", String.valueOf(version))
			.param("kind", "INQUIRY").param("title", "迟到的修改"))
			.andExpect(flash().attribute("errorKey", "error.concurrentEdit"));
		long planId = plans.plan(year).orElseThrow().id();
		assertThat(plans.items(planId, 1)).extracting(SupervisionPlans.Item::title).containsExactly("《公开测试条例》执法检查");
		mvc.perform(get("/public/oversight-plan/" + year)).andExpect(status().isNotFound());
		// Changing an item of the draft through its form.
		long item = plans.items(planId, 1).get(0).id();
		mvc.perform(post("/oversight/plan/" + year + "/items/" + item + "/replace").with(staff).with(csrf())
			.param("version", String.valueOf(plans.plan(year).orElseThrow().version())).param("title", "《公开测试条例》执法检查（调整）")
			.param("month", "5")).andExpect(flash().attribute("successKey", "oversight.plan.saved"));
		assertThat(plans.items(planId, 1)).extracting(SupervisionPlans.Item::title).containsExactly("《公开测试条例》执法检查（调整）");
		String english = mvc.perform(get("/oversight/plan").param("year", String.valueOf(year)).param("lang", "en").with(staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(english).contains("Items of revision 1").contains("Adoption by the council of chairpersons");

		version = plans.plan(year).orElseThrow().version();
		mvc.perform(post("/oversight/plan/" + year + "/adopt").with(staff).with(csrf()).param("version", String.valueOf(version))
			.param("meeting", "2042-12-15").param("decision", "主任会议讨论通过。"))
			.andExpect(flash().attribute("successKey", "oversight.plan.adoptedDone"));
		mvc.perform(get("/public/oversight-plan/" + year)).andExpect(status().isNotFound());
		version = plans.plan(year).orElseThrow().version();
		mvc.perform(post("/oversight/plan/" + year + "/publish").with(staff).with(csrf()).param("version", String.valueOf(version))
			.param("on", "2042-12-20")).andExpect(flash().attribute("successKey", "oversight.plan.publishedDone"));

		String zh = mvc.perform(get("/public/oversight-plan/" + year)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(zh).contains("《公开测试条例》执法检查（调整）").contains("2042-12-15").contains("执法检查 (1)");
		String en = mvc.perform(get("/public/oversight-plan/" + year).param("lang", "en")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(en).contains("Law-enforcement inspection (1)").contains("Adopted by the council of chairpersons on 2042-12-15");
		String staffPage = mvc.perform(get("/oversight/plan").param("year", String.valueOf(year)).with(staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(staffPage).contains("amend-form").doesNotContain("item-form");

		for (RequestPostProcessor other : List.of(account(Role.UNIT, null, organ().value()), account(Role.DEPUTY, null, null))) {
			mvc.perform(get("/oversight/plan").with(other)).andExpect(status().isForbidden());
			mvc.perform(post("/oversight/plan/" + year + "/amend").with(other).with(csrf()).param("version", "0")
				.param("reason", "越权")).andExpect(status().isForbidden());
		}
	}

	@Test
	void theDemoPlanOf2023HoldsEveryReportAndInspectionAndItsAmendment() throws Exception {
		long planId = plans.plan(2023).orElseThrow().id();
		var revisions = plans.revisions(planId);
		assertThat(revisions).extracting(SupervisionPlans.Revision::state)
			.containsExactly(RevisionState.PUBLISHED, RevisionState.PUBLISHED);
		var items = plans.items(planId, 2);
		assertThat(items.stream().filter(i -> i.kind() == PlanItemKind.WORK_REPORT)).hasSize(42)
			.allSatisfy(i -> assertThat(i.recordId()).isNotNull());
		assertThat(items.stream().filter(i -> i.kind() == PlanItemKind.INSPECTION)).hasSize(7);
		assertThat(items.stream().filter(i -> i.kind() == PlanItemKind.INQUIRY)).hasSize(1);
		assertThat(items.stream().filter(i -> i.kind() == PlanItemKind.EVALUATION)).hasSize(1);
		assertThat(plans.items(planId, 1)).hasSize(items.size() - 1);
		for (var r : plans.records(2023, PlanItemKind.WORK_REPORT)) {
			assertThat(plans.itemFor(PlanItemKind.WORK_REPORT, r.id())).as(r.title()).isPresent();
		}
		String page = mvc.perform(get("/public/oversight-plan/2023")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("太原市人大常委会2023年度监督工作计划").contains("《山西省汾河保护条例》执法检查");
	}
}
