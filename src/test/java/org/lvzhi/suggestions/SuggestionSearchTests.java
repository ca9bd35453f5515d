package org.lvzhi.suggestions;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Full-text search, similar suggestions and the routing hint, each within the reader's scope. */
@IntegrationTest
class SuggestionSearchTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationContext context;
	@Autowired
	Accounts accounts;
	@Autowired
	UserDetailsService users;
	@Autowired
	DraftSuggestion draft;
	@Autowired
	SubmitSuggestion submit;
	@Autowired
	AcceptSuggestion accept;
	@Autowired
	AssignSuggestion assign;
	@Autowired
	AnswerSuggestion answer;

	SuggestionFixture fixture;

	@BeforeEach
	void fixture() {
		fixture = new SuggestionFixture(context);
	}

	/** A made-up word no other record holds, so that a search finds only this test's records. */
	static String word() {
		StringBuilder w = new StringBuilder("zq");
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int i = 0; i < 8; i++) {
			w.append((char) ('a' + random.nextInt(26)));
		}
		return w.toString();
	}

	RequestPostProcessor account(Role role, String office, Long person, Long organization) {
		String username = "t-ssearch-" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "测试" + role, role, office, person, organization));
		return user(users.loadUserByUsername(username));
	}

	RequestPostProcessor office() {
		return account(Role.STAFF, "DEPUTY_AFFAIRS", null, null);
	}

	SuggestionId drafted(PersonId deputy, String title, String body) {
		return draft.draft(deputy, new SuggestionContent(title, body, "城乡建设", 2023), List.of(),
				SuggestionFixture.SUBMITTED_ON.minusDays(2));
	}

	SuggestionId accepted(String title, String body) {
		PersonId deputy = fixture.deputy();
		SuggestionId id = drafted(deputy, title, body);
		submit.submit(id, fixture.get(id).version(), deputy, SuggestionFixture.SUBMITTED_ON);
		accept.accept(id, fixture.get(id).version(), SuggestionFixture.SUBMITTED_ON.plusDays(1));
		return id;
	}

	SuggestionId assigned(String title, String body, OrganizationId unit) {
		SuggestionId id = accepted(title, body);
		assign.assign(id, fixture.get(id).version(), AssignmentPlan.lead(unit), of(2023, 2, 1));
		return id;
	}

	String page(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
		return mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	@Test
	void aUnitFindsOnlyWhatWasAssignedToItAndTheOfficeFindsBoth() throws Exception {
		String w = word();
		OrganizationId mine = fixture.unit();
		OrganizationId other = fixture.unit();
		SuggestionId ours = assigned("关于改善背街小巷照明的建议 " + w, "背街小巷路灯缺失 " + w, mine);
		SuggestionId theirs = assigned("关于背街小巷路面修缮的建议 " + w, "背街小巷路面破损 " + w, other);

		String unitResults = page(get("/suggestions/search").param("q", w), account(Role.UNIT, null, null, mine.value()));
		assertThat(unitResults).contains("/suggestions/" + ours + "\"").doesNotContain("/suggestions/" + theirs + "\"");
		String officeResults = page(get("/suggestions/search").param("q", w), office());
		assertThat(officeResults).contains("/suggestions/" + ours + "\"", "/suggestions/" + theirs + "\"");
		assertThat(officeResults).contains("<mark>" + w + "</mark>");
	}

	@Test
	void thePublicFindsOnlyAnsweredSuggestionsAndADraftOnlyByItsDeputy() throws Exception {
		String w = word();
		OrganizationId unit = fixture.unit();
		SuggestionId answered = assigned("关于增设公交候车亭的建议 " + w, "公交站台缺少候车亭 " + w, unit);
		fixture.readyToAnswer(answered, unit, of(2023, 3, 1));
		answer.answer(answered, fixture.get(answered).version(), unit, AnswerCategory.A, "已增设候车亭。", null, of(2023, 3, 1));
		SuggestionId pending = assigned("关于优化公交线路的建议 " + w, "公交线路绕行 " + w, unit);
		PersonId author = fixture.deputy();
		SuggestionId draftId = drafted(author, "关于公交夜班线路的建议 " + w, "夜班公交 " + w);

		String publicResults = mvc.perform(get("/public/suggestions").param("q", w)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(publicResults).contains("/public/suggestions/" + answered + "\"")
			.doesNotContain("/suggestions/" + pending + "\"").doesNotContain("/suggestions/" + draftId + "\"");

		String own = page(get("/suggestions/search").param("q", w), account(Role.DEPUTY, null, author.value(), null));
		assertThat(own).contains("/suggestions/" + draftId + "\"").doesNotContain("/suggestions/" + pending + "\"");
		String otherDeputy = page(get("/suggestions/search").param("q", w),
				account(Role.DEPUTY, null, fixture.deputy().value(), null));
		assertThat(otherDeputy).doesNotContain("/suggestions/" + draftId + "\"");
		assertThat(page(get("/suggestions/search").param("q", w), office())).doesNotContain("/suggestions/" + draftId + "\"");
	}

	@Test
	void theAnswersTextIsFoundOnceTheUnitHasAnswered() throws Exception {
		String w = word();
		OrganizationId unit = fixture.unit();
		SuggestionId id = assigned("关于整治噪声扰民的建议", "夜间施工噪声扰民。", unit);
		assertThat(page(get("/suggestions/search").param("q", w), office())).doesNotContain("/suggestions/" + id + "\"");

		fixture.readyToAnswer(id, unit, of(2023, 3, 1));
		answer.answer(id, fixture.get(id).version(), unit, AnswerCategory.A, "已会同生态环境部门开展" + " " + w + " 专项整治。",
				null, of(2023, 3, 1));

		assertThat(page(get("/suggestions/search").param("q", w), office())).contains("/suggestions/" + id + "\"");
	}

	@Test
	void aRebuildFromTheAdminPageFindsTheSameSuggestions() throws Exception {
		String w = word();
		OrganizationId unit = fixture.unit();
		SuggestionId first = assigned("关于加快充电桩建设的建议 " + w, "新能源汽车充电难 " + w, unit);
		SuggestionId second = accepted("关于规范充电桩收费的建议 " + w, "充电桩收费不透明 " + w);
		RequestPostProcessor staff = office();
		String before = page(get("/suggestions/search").param("q", w), staff);
		assertThat(before).contains("/suggestions/" + first + "\"", "/suggestions/" + second + "\"");

		RequestPostProcessor admin = account(Role.ADMIN, null, null, null);
		mvc.perform(post("/admin/search/rebuild").param("type", "suggestion").with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection());
		// The rebuild runs in the background; searches answer from the old index meanwhile.
		assertThat(links(page(get("/suggestions/search").param("q", w), staff))).isEqualTo(links(before));
		for (int i = 0; i < 600 && page(get("/admin/search").param("table", "1"), admin).contains("search-rebuild-running"); i++) {
			Thread.sleep(100);
		}
		assertThat(page(get("/admin/search").param("table", "1"), admin)).contains("search-rebuild-done");

		assertThat(links(page(get("/suggestions/search").param("q", w), staff))).isEqualTo(links(before));
	}

	@Test
	void theJsonSearchKeepsThePagesRules() throws Exception {
		String w = word();
		OrganizationId mine = fixture.unit();
		OrganizationId other = fixture.unit();
		SuggestionId ours = assigned("关于改善城中村排水的建议 " + w, "城中村雨季积水 " + w, mine);
		SuggestionId theirs = assigned("关于城中村道路照明的建议 " + w, "城中村路灯不亮 " + w, other);
		SuggestionId answered = assigned("关于城中村消防通道的建议 " + w, "消防通道被占 " + w, other);
		fixture.readyToAnswer(answered, other, of(2023, 3, 1));
		answer.answer(answered, fixture.get(answered).version(), other, AnswerCategory.A, "已清理消防通道。", null,
				of(2023, 3, 1));

		String office = json(get("/api/v1/suggestions/search").param("q", w), office());
		assertThat(office).contains("\"total\":3", id(ours), id(theirs), id(answered), "\"marks\":[[");
		// A unit finds what is assigned to it and, like everyone, what has been answered.
		String unit = json(get("/api/v1/suggestions/search").param("q", w), account(Role.UNIT, null, null, mine.value()));
		assertThat(unit).contains("\"total\":2", id(ours), id(answered)).doesNotContain(id(theirs));
		String publicOnly = json(get("/api/v1/suggestions/search").param("q", w), account(Role.PUBLIC, null, null, null));
		assertThat(publicOnly).contains("\"total\":1", id(answered)).doesNotContain(id(ours), id(theirs));
		String filtered = json(get("/api/v1/suggestions/search").param("q", w).param("state", "ANSWERED"), office());
		assertThat(filtered).contains("\"total\":1", id(answered));
		// An API call without sign-in is told so, not sent to the login page.
		mvc.perform(get("/api/v1/suggestions/search").param("q", w)).andExpect(status().isUnauthorized());
	}

	private String json(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
		return mvc.perform(request.with(who)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String id(SuggestionId id) {
		return "\"id\":" + id + ",";
	}

	static List<String> links(String html) {
		return java.util.regex.Pattern.compile("href=\"/suggestions/(\\d+)\"").matcher(html).results()
			.map(m -> m.group(1)).toList();
	}

	@Test
	void theHintNamesTheUnitThatHandledSimilarSuggestions() throws Exception {
		String w = word();
		OrganizationId wetlands = fixture.unit();
		OrganizationId roads = fixture.unit();
		// A theme the demo world's suggestions never touch, so that the vote is this test's alone.
		for (String part : List.of("禁飞区标识", "航拍备案", "夜间飞行扰民")) {
			assigned("关于规范低空无人机" + part + "管理的建议 " + w,
					"低空无人机" + part + "管理混乱，无人机操控者违规飞行，建议规范无人机飞行管理 " + w, wetlands);
		}
		assigned("关于修缮城郊道路的建议 " + w, "城郊道路破损严重，坑洼不平 " + w, roads);
		SuggestionId fresh = accepted("关于加强低空无人机飞行管理的建议 " + w,
				"无人机操控者在禁飞区违规飞行，航拍无人机夜间飞行扰民，建议规范低空无人机飞行管理。" + w);

		String hint = page(get("/suggestions/" + fresh + "/hint"), office());
		// The hint fills the lead-unit field with the unit's name, as the picker writes it, never its id.
		String name = context.getBean(org.lvzhi.directory.Directory.class).organization(wetlands).orElseThrow().name();
		assertThat(hint).contains("data-fill-value=\"" + name + "\"")
			.doesNotContain("data-fill-value=\"" + wetlands.value() + "\"");
		assertThat(hint.indexOf("data-fill-value=\"" + name + "\""))
			.isLessThan(hint.indexOf("data-fill-value=") + 1);
		mvc.perform(get("/suggestions/" + fresh + "/hint").with(account(Role.UNIT, null, null, wetlands.value())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDeputyWritingAnAlmostIdenticalSuggestionIsWarnedOfTheDuplicate() throws Exception {
		PersonId author = fixture.deputy();
		String title = "关于治理晋阳湖周边违章建筑的建议";
		String body = "晋阳湖周边违章建筑屡禁不止，侵占湖岸绿地，影响生态环境和景观，建议开展专项整治，拆除违章建筑，恢复湖岸绿地。";
		drafted(author, title, body);
		RequestPostProcessor deputy = account(Role.DEPUTY, null, author.value(), null);

		String fragment = page(get("/suggestions/similar").param("title", title).param("body", body + "请尽快落实。"), deputy);
		assertThat(fragment).contains(title).contains("alert-warning");

		String form = mvc.perform(post("/suggestions/similar").with(deputy).with(csrf()).param("title", title)
			.param("body", body).param("category", "城乡建设")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(form).contains("alert-warning").contains(body);
	}
}
