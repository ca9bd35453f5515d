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
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.PlanItemKind;
import org.lvzhi.oversight.inspections.AssignProblem;
import org.lvzhi.oversight.inspections.Escalation;
import org.lvzhi.oversight.inspections.EscalateProblem;
import org.lvzhi.oversight.inspections.InspectionId;
import org.lvzhi.oversight.inspections.NewInspection;
import org.lvzhi.oversight.inspections.NewSite;
import org.lvzhi.oversight.inspections.PlanInspection;
import org.lvzhi.oversight.inspections.ProblemId;
import org.lvzhi.oversight.inspections.RecordSite;
import org.lvzhi.oversight.inspections.ReinspectProblem;
import org.lvzhi.oversight.inspections.ReportRectification;
import org.lvzhi.oversight.inspections.SiteMode;
import org.lvzhi.oversight.inspections.Topic;
import org.lvzhi.oversight.inspections.VerifyRectification;
import org.lvzhi.suggestions.Suggestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Candidate topics from deputies' suggestions, unfixed inspection problems, petitions and the
 * public call, each showing its source; the office accepts, merges or declines them.
 */
@IntegrationTest
class TopicSourcesTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	TopicCall call;
	@Autowired
	Topics topics;
	@Autowired
	SupervisionPlans plans;
	@Autowired
	SupervisionPlanService planService;
	@Autowired
	Suggestions suggestions;
	@Autowired
	Deadlines deadlines;
	@Autowired
	ApplicationContext context;
	@Autowired
	MockMvc mvc;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;

	RequestPostProcessor signedIn(String username) {
		return user(users.loadUserByUsername(username));
	}

	RequestPostProcessor account(Role role, Long organization) {
		String username = "t-topic-" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + role, role, role == Role.STAFF ? "GENERAL_OFFICE" : null,
				null, organization));
		return user(users.loadUserByUsername(username));
	}

	OrganizationId unit() {
		return context.getBean(CreateOrganization.class).create(new OrganizationDetails("测试议题责任单位" + System.nanoTime()
				+ SEQUENCE.incrementAndGet(), Classification.GOVERNMENT_DEPARTMENT, null, null, null, null, null, null));
	}

	@Test
	void deputiesSuggestionsGiveACandidatePerBusyOrDissatisfiedCategoryOnce() {
		var counts = suggestions.byCategory(2023);
		assertThat(counts).isNotEmpty();
		long expected = 0;
		for (int i = 0; i < counts.size(); i++) {
			if (i < TopicCall.TOP_CATEGORIES || counts.get(i).dissatisfied() > 0) {
				expected++;
			}
		}
		int added = call.fromSuggestions(2024, LocalDate.of(2023, 11, 1));
		assertThat(added).isEqualTo(expected);
		assertThat(call.fromSuggestions(2024, LocalDate.of(2023, 11, 2))).as("gathered twice").isZero();
		var drawn = topics.of(2024).stream().filter(t -> t.source() == Topics.Source.SUGGESTIONS).toList();
		assertThat(drawn).hasSize((int) expected);
		var busiest = counts.get(0);
		var topic = drawn.stream().filter(t -> t.title().startsWith(busiest.category())).findFirst().orElseThrow();
		assertThat(topic.reason()).contains("共" + busiest.suggestions() + "件");
		assertThat(topics.links(topic.id())).singleElement()
			.satisfies(l -> assertThat(l.path()).startsWith("/suggestions?year=2023&category="));
	}

	@Test
	void unfixedInspectionProblemsGiveACandidateLinkingEachOfThem() {
		InspectionId inspection = context.getBean(PlanInspection.class).plan(new NewInspection(
				"议题来源测试执法检查" + SEQUENCE.incrementAndGet(), "测试条例", null, Topic.OTHER, "法制委员会",
				LocalDate.of(2024, 3, 1), List.of()));
		List<ProblemId> ps = context.getBean(RecordSite.class).record(inspection, new NewSite("测试点位", "小店区",
				"太原市小店区长风街2号", LocalDate.of(2024, 3, 5), SiteMode.ANNOUNCED, null, null,
				List.of(new NewSite.NewProblem("逾期未整改的问题", "第一条"), new NewSite.NewProblem("已整改销号的问题", "第二条"),
						new NewSite.NewProblem("已提请询问的问题", "第三条")))).problems();
		OrganizationId unit = unit();
		AssignProblem assign = context.getBean(AssignProblem.class);
		ps.forEach(p -> assign.assign(p, 0, unit, LocalDate.of(2024, 3, 8)));
		context.getBean(ReportRectification.class).report(ps.get(1), 1, unit, "已整改。", LocalDate.of(2024, 4, 1));
		context.getBean(VerifyRectification.class).close(ps.get(1), 2, "核实", LocalDate.of(2024, 4, 5));
		context.getBean(ReinspectProblem.class).reinspect(ps.get(2), 1, false, "仍未整改", LocalDate.of(2024, 7, 1));
		context.getBean(EscalateProblem.class).escalate(ps.get(2), 2, Escalation.INQUIRY, LocalDate.of(2024, 7, 20));

		call.fromInspections(2052, deadlines.today());
		var topic = topics.of(2052).stream().filter(t -> t.source() == Topics.Source.INSPECTIONS
				&& t.title().startsWith("议题来源测试执法检查")).filter(t -> topics.links(t.id()).stream()
					.anyMatch(l -> l.refId() != null && l.refId() == inspection.value() && l.kind().equals("INSPECTION")))
			.findFirst().orElseThrow();
		assertThat(topics.links(topic.id())).filteredOn(l -> l.kind().equals("PROBLEM")).extracting(Topics.Link::refId)
			.containsExactly(ps.get(0).value(), ps.get(2).value());
		assertThat(topics.links(topic.id())).filteredOn(l -> l.kind().equals("PROBLEM")).extracting(Topics.Link::path)
			.contains("/oversight/inspections/problems/" + ps.get(0).value());
		assertThat(topic.reason()).contains("已提请询问或质询1个");
		int before = topics.of(2052).size();
		call.fromInspections(2052, deadlines.today());
		assertThat(topics.of(2052)).hasSize(before);
	}

	@Test
	void theOfficeSortsTopicsFromEverySourceAndThePublicReadsTheAnswers() throws Exception {
		int year = 2053;
		LocalDate on = LocalDate.of(2052, 10, 1);
		long petition = call.fromPetition(year, "关于老旧小区加装电梯的议题", "信访反映集中。", "TY-XF-2052-0187", on);
		assertThatThrownBy(() -> call.fromPetition(year, "重复", "重复", "TY-XF-2052-0187", on))
			.hasMessage("oversight.error.petitionTwice");
		assertThatThrownBy(() -> call.fromPetition(year, "无编号", "理由", " ", on)).hasMessage("oversight.error.petitionRequired");
		assertThat(topics.get(petition).orElseThrow().source()).isEqualTo(Topics.Source.PETITION);
		assertThat(topics.links(petition)).extracting(Topics.Link::label).containsExactly("TY-XF-2052-0187");

		long elevators = call.propose(year, "加快老旧小区改造", "电梯问题。", "市民甲", on).number();
		long parking = call.propose(year, "停车难问题", "停车位不足。", "市民乙", on).number();
		call.accept(petition, 0, PlanItemKind.INSPECTION, null, null, null, on);
		assertThat(topics.get(petition).orElseThrow().planItemId()).isNotNull();
		long planId = plans.plan(year).orElseThrow().id();
		assertThat(plans.items(planId, 1)).extracting(SupervisionPlans.Item::title).contains("关于老旧小区加装电梯的议题");

		call.merge(elevators, 0, petition, "与信访反映的议题合并研究。", on);
		assertThat(topics.get(elevators).orElseThrow()).satisfies(t -> {
			assertThat(t.state()).isEqualTo(Topics.State.MERGED);
			assertThat(t.mergedInto()).isEqualTo(petition);
		});
		assertThatThrownBy(() -> call.decline(parking, 0, " ", on)).hasMessage("oversight.error.answerRequired");
		call.decline(parking, 0, "已列入市政府民生实事，由常委会跟踪了解。", on);
		assertThatThrownBy(() -> call.merge(parking, 1, petition, null, on)).hasMessage("oversight.error.topicDecided");

		// Once the plan is adopted, a topic goes in only through an amendment.
		planService.adopt(year, LocalDate.of(2052, 12, 1), "通过");
		long late = call.propose(year, "迟到的议题", "理由。", "市民丙", on).number();
		assertThatThrownBy(() -> call.accept(late, 0, PlanItemKind.RESEARCH, null, null, null, on))
			.hasMessage("oversight.error.planNotDraft");

		RequestPostProcessor staff = account(Role.STAFF, null);
		String page = mvc.perform(get("/oversight/topics").param("year", String.valueOf(year)).with(staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("TY-XF-2052-0187").contains("信访").contains("已并入议题" + petition);
		assertThat(mvc.perform(get("/oversight/topics").param("year", String.valueOf(year)).param("lang", "en").with(staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("Source records").contains("Petitions").contains("Merged into topic " + petition);
		mvc.perform(post("/oversight/topics/" + late + "/decline").with(staff).with(csrf()).param("version", "0")
			.param("year", String.valueOf(year)).param("answer", "")).andExpect(flash().attribute("errorKey", "oversight.error.answerRequired"));
		mvc.perform(get("/oversight/topics").with(account(Role.UNIT, unit().value()))).andExpect(status().isForbidden());
		mvc.perform(post("/oversight/topics/petitions").with(account(Role.MEMBER, null)).with(csrf()).param("year", "2053")
			.param("title", "越权").param("reason", "越权").param("reference", "X-1")).andExpect(status().isForbidden());
	}

	@Test
	void theProposerGetsANumberAndFindsTheAnswerOnThePortal() throws Exception {
		int next = deadlines.today().getYear() + 1;
		var sent = mvc.perform(org.lvzhi.AnonymousClient.fresh(mvc).post("/public/oversight-topics", "/public/oversight-topics")
			.param("title", "关于公园开放时间的议题").param("reason", "晚间开放时间太短。").param("proposer", "测试市民丁"))
			.andExpect(status().is3xxRedirection()).andReturn();
		String receipt = mvc.perform(get(sent.getResponse().getRedirectedUrl()).flashAttrs(sent.getFlashMap()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		var mine = topics.of(next).stream().filter(t -> t.title().equals("关于公园开放时间的议题")).reduce((a, b) -> b).orElseThrow();
		assertThat(receipt).contains("编号" + mine.id());
		call.decline(mine.id(), 0, "公园开放时间由园林部门统一调整，已转交研究。", deadlines.today());
		String portal = mvc.perform(get("/public/oversight-topics").param("lang", "en")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(portal).contains("Answers to the proposals").contains("公园开放时间由园林部门统一调整，已转交研究。")
			.doesNotContain("测试市民丁");
	}
	@Test
	void aTopicFromAPetitionRegisteredHereLinksToItForThePetitionsOfficeOnly() throws Exception {
		int year = 2054;
		org.lvzhi.petitions.PetitionFixture petitions = new org.lvzhi.petitions.PetitionFixture(context);
		var p = petitions.registered(LocalDate.of(2053, 9, 16));
		long topic = call.fromPetition(year, "关于供暖温度不达标的议题", "来信集中反映。", p.number(), LocalDate.of(2053, 10, 1));

		assertThat(topics.links(topic)).singleElement().satisfies(l -> {
			assertThat(l.path()).isEqualTo("/petitions/" + p.id().value());
			assertThat(l.label()).isEqualTo(p.number() + " " + p.subject()).doesNotContain("13812345678");
		});
		String office = mvc.perform(get("/oversight/topics").param("year", String.valueOf(year)).with(signedIn("xinfang")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(office).contains("href=\"/petitions/" + p.id().value() + "\"");
		String general = mvc.perform(get("/oversight/topics").param("year", String.valueOf(year)).with(signedIn("bangongting")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(general).contains(p.number()).doesNotContain("href=\"/petitions/" + p.id().value() + "\"");
	}
}
