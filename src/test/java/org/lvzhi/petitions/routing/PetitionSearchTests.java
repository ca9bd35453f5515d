package org.lvzhi.petitions.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lvzhi.search.DocumentSource;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Directory;
import org.lvzhi.petitions.NewPetition;
import org.lvzhi.petitions.PetitionFixture;
import org.lvzhi.petitions.PetitionKind;
import org.lvzhi.petitions.ReplyKind;
import org.lvzhi.petitions.Route;
import org.lvzhi.petitions.handling.Petition;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchDocument;
import org.lvzhi.search.SearchHits;
import org.lvzhi.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Petitions in the search index: read by the petitions office alone, with the common facets and
 * the office's page as link; found again while the office registers a petition; and the routing
 * hint's accuracy as the office sees it.
 */
@IntegrationTest
class PetitionSearchTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	Search search;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;
	@Autowired
	Directory directory;
	@Autowired
	PetitionDocuments documents;
	@Autowired
	PetitionRoutingHints hints;

	private static NewPetition petition(LocalDate on, String name, String phone, String subject, String matter) {
		return new NewPetition(PetitionKind.LETTER, on, 1, name, null, phone, null, null, subject, matter, "城乡建设",
				"迎泽区", null);
	}

	private Authentication signedIn(String username) {
		UserDetails u = users.loadUserByUsername(username);
		return new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities());
	}

	private SearchHits find(String text, Map<String, Set<String>> facets, Set<String> readers) {
		return search.search(new SearchQuery(PetitionDocuments.TYPE, text, facets, readers, 0, 20));
	}

	@Test
	void onlyThePetitionsOfficeReadsPetitionsAndTheyCarryTheCommonFacets() {
		PetitionFixture fixture = new PetitionFixture(context);
		Petition p = fixture.moves.registered(petition(LocalDate.of(2026, 10, 12), PetitionFixture.uniqueName(),
				"13700001212", "二〇二六年检索测试：老旧小区二次供水水压不足", "迎泽区某小区二次供水泵房年久失修，高层住户水压不足，请求维修泵房。"));
		fixture.moves.route(p.id(), Route.TRANSFER, "市城乡管理局", null, null, LocalDate.of(2026, 10, 14));
		String id = p.id().toString();

		Set<String> office = DocumentSource.readerKeys(signedIn("xinfang"));
		assertThat(office).contains(PetitionDocuments.READER).contains("office:PETITIONS");
		assertThat(find("二次供水水压不足", Map.of(), office).hits()).extracting(SearchHits.Hit::id).contains(id);
		for (String other : new String[] { "bangongting", "admin" }) {
			assertThat(find("二次供水水压不足", Map.of(), DocumentSource.readerKeys(signedIn(other))).hits()).as(other)
				.extracting(SearchHits.Hit::id)
				.doesNotContain(id);
		}

		Map<String, Set<String>> facets = documents.document(p.id()).orElseThrow().facets();
		assertThat(facets.get(SearchDocument.YEAR)).containsExactly("2026");
		assertThat(facets.get(SearchDocument.STATE)).containsExactly("HANDLING");
		directory.organizationNamed("市城乡管理局")
			.ifPresent(o -> assertThat(facets.get(SearchDocument.ORG)).containsExactly(o.id().toString()));
		assertThat(find("", Map.of(SearchDocument.YEAR, Set.of("2026"), SearchDocument.STATE, Set.of("HANDLING")), office)
			.hits()).extracting(SearchHits.Hit::id).contains(id);

		// The state facet follows the petition's moves.
		fixture.moves.reply(p.id(), ReplyKind.EXPLAIN, "泵房已列入维修计划。", LocalDate.of(2026, 11, 2));
		assertThat(find("二次供水", Map.of(SearchDocument.STATE, Set.of("REPLIED")), office).hits())
			.extracting(SearchHits.Hit::id)
			.contains(id);

		assertThat(documents.link(id)).isEqualTo("/petitions/" + id);
		assertThat(documents.publicLink(id)).isNull();
	}

	@Test
	void theStateHintFragmentIsForThePetitionsOfficeOnly() throws Exception {
		PetitionFixture fixture = new PetitionFixture(context);
		fixture.moves.registered(petition(LocalDate.of(2026, 10, 20), PetitionFixture.uniqueName(), "13700003434",
				"二〇二六年检索测试：小区电梯频繁故障困人", "迎泽区某小区电梯频繁故障，多次困人，物业拖延维修，请求督促整改。"));
		String asOther = mvc.perform(get("/search/hint").param("type", PetitionDocuments.TYPE)
			.param("facet", SearchDocument.STATE).param("text", "小区电梯频繁故障困人")
			.with(user(users.loadUserByUsername("bangongting")))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String asOffice = mvc.perform(get("/search/hint").param("type", PetitionDocuments.TYPE)
			.param("facet", SearchDocument.STATE).param("text", "小区电梯频繁故障困人")
			.with(user(users.loadUserByUsername("xinfang")))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(asOther).doesNotContain("已登记待处理");
		assertThat(asOffice).contains("已登记待处理");
	}

	@Test
	void whileRegisteringTheOfficeSeesTheSameMatterAndTheSamePerson() throws Exception {
		PetitionFixture fixture = new PetitionFixture(context);
		Petition earlier = fixture.moves.registered(petition(LocalDate.of(2026, 9, 1), PetitionFixture.uniqueName(),
				"13700005656", "二〇二六年检索测试：工地夜间施工噪声扰民", "迎泽区某工地每晚十一点后仍在打桩施工，噪声严重扰民，请求查处夜间违规施工。"));
		Petition samePhone = fixture.moves.registered(petition(LocalDate.of(2026, 9, 5), PetitionFixture.uniqueName(),
				"13700007878", "二〇二六年检索测试：询问医保报销比例", "想了解门诊慢特病的医保报销比例。"));

		String page = mvc.perform(post("/petitions/new/similar").with(csrf())
			.param("subject", "工地夜间施工噪声")
			.param("matter", "工地每晚十一点以后还在打桩，噪声扰民，请求查处夜间施工。")
			.param("phone", "13700007878")
			.param("receivedOn", "2026-10-01")
			.with(user(users.loadUserByUsername("xinfang")))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(earlier.number()).contains(samePhone.number()).contains("同一信访人");
		// The petitioner's phone is not echoed back into the page.
		assertThat(page).doesNotContain("13700007878");

		mvc.perform(post("/petitions/new/similar").with(csrf()).param("subject", "工地夜间施工噪声")
			.with(user(users.loadUserByUsername("bangongting")))).andExpect(status().isForbidden());
		mvc.perform(post("/petitions/new/similar").with(csrf()).param("subject", "工地夜间施工噪声"))
			.andExpect(status().is3xxRedirection());
		String form = mvc.perform(get("/petitions/new").with(user(users.loadUserByUsername("xinfang")))).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("hx-post=\"/petitions/new/similar\"");
	}

	@Test
	void theRoutingHintsAccuracyIsMeasuredOnTheRoutingsMadeBefore() throws Exception {
		// The demo world's petitions reach the index in the background at start-up.
		long deadline = System.currentTimeMillis() + 120_000;
		while (search.count(PetitionDocuments.TYPE) < documents.size() && System.currentTimeMillis() < deadline) {
			Thread.sleep(200);
		}
		PetitionRoutingHints.Accuracy a = hints.accuracy();
		System.out.printf("Routing hint accuracy on the demo world: checked %d, top-1 %.3f, top-3 %.3f%n", a.checked(),
				a.top1(), a.top3());
		assertThat(a.checked()).isGreaterThan(0).isLessThanOrEqualTo(PetitionRoutingHints.SAMPLE);
		assertThat(a.top1()).isBetween(0.0, 1.0);
		assertThat(a.top3()).isGreaterThanOrEqualTo(a.top1()).isLessThanOrEqualTo(1.0);
		// Kept for a few minutes: asked again, the same figures without measuring again.
		assertThat(hints.accuracy()).isSameAs(a);

		Petition fresh = new PetitionFixture(context).moves.registered(petition(LocalDate.of(2026, 11, 9),
				PetitionFixture.uniqueName(), "13700009090", "二〇二六年检索测试：道路井盖缺失", "某路段井盖缺失，夜间行人易跌落，请求尽快补装。"));
		String page = mvc.perform(get("/petitions/" + fresh.id()).with(user(users.loadUserByUsername("xinfang"))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"hint-accuracy\"").contains("以往 " + a.checked() + " 件转交事项检验");
	}
}
