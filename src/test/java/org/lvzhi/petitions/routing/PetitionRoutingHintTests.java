package org.lvzhi.petitions.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.petitions.NewPetition;
import org.lvzhi.petitions.PetitionFixture;
import org.lvzhi.petitions.PetitionKind;
import org.lvzhi.petitions.Route;
import org.lvzhi.petitions.handling.Petition;
import org.lvzhi.search.Search;
import org.lvzhi.search.SearchHits;
import org.lvzhi.search.SearchQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The routing hint: a matter handed to a body makes that body the hint for a similar new matter,
 * with how many similar routings it had; the index it is drawn from holds the matter without the
 * petitioner's name, ID number, phone or address, and nobody finds a petition in a search.
 */
@IntegrationTest
class PetitionRoutingHintTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	PetitionRoutingHints hints;
	@Autowired
	Search search;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;

	private NewPetition petition(LocalDate on, String name, String phone, String id, String subject, String matter) {
		return new NewPetition(PetitionKind.LETTER, on, 1, name, id, phone, "太原市杏花岭区胜利街88号", null, subject, matter,
				"交通运输", "杏花岭区", null);
	}

	@Test
	void aMatterRoutedToABodyMakesItTheHintForASimilarNewMatter() throws Exception {
		PetitionFixture fixture = new PetitionFixture(context);
		Petition first = fixture.moves.registered(petition(LocalDate.of(2025, 9, 1), PetitionFixture.uniqueName(),
				"13900001111", null, "渣土车夜间超速闯红灯", "胜利街一带渣土车每晚超速行驶、闯红灯，撒落渣土，附近居民和学生出行很危险，请求交警部门严管。"));
		fixture.moves.route(first.id(), Route.ASSIGN, "市公安局交通警察支队", null, null, LocalDate.of(2025, 9, 3));
		Petition second = fixture.moves.registered(petition(LocalDate.of(2025, 9, 8), PetitionFixture.uniqueName(),
				"13900002222", null, "渣土车超速撒落渣土", "我们小区门口渣土车夜里超速闯红灯，渣土撒落满地，请求严管渣土车。"));
		fixture.moves.route(second.id(), Route.ASSIGN, "市公安局交通警察支队", null, null, LocalDate.of(2025, 9, 10));

		Petition fresh = fixture.moves.registered(petition(LocalDate.of(2025, 10, 8), PetitionFixture.uniqueName(),
				"13900003333", null, "渣土车深夜超速", "胜利街渣土车深夜超速闯红灯，渣土撒落，学生上学很危险。"));
		List<PetitionRoutingHints.BodyHint> hinted = hints.forMatter(fresh.subject(), fresh.matter());
		assertThat(hinted).isNotEmpty();
		assertThat(hinted.get(0).body()).isEqualTo("市公安局交通警察支队");
		assertThat(hinted.get(0).count()).isGreaterThanOrEqualTo(2);

		String page = mvc.perform(get("/petitions/" + fresh.id()).with(user(users.loadUserByUsername("xinfang"))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"routing-hint\"").contains("data-fill-value=\"市公安局交通警察支队\"")
			.contains("相似 " + hinted.get(0).count() + " 件");
		// Other offices' staff get no petition hint from the search module's fragment.
		String fragment = mvc.perform(get("/search/hint").param("type", PetitionDocuments.TYPE)
			.param("facet", PetitionDocuments.BODY).param("text", fresh.matter())
			.with(user(users.loadUserByUsername("bangongting")))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).doesNotContain("市公安局交通警察支队");
		// A hint, never a choice made: the body field holds only what the registration typed (nothing here).
		assertThat(page).doesNotContainPattern("id=\"route-body\"[^>]*value=\"市公安局交通警察支队\"");
	}

	@Test
	void theIndexHoldsTheMatterWithoutThePetitionersPersonalData() {
		PetitionFixture fixture = new PetitionFixture(context);
		String name = PetitionFixture.uniqueName();
		String phone = "13655557777";
		String first = "14010519800101002";
		String id = first + org.lvzhi.directory.IdCardNumber.checkCharacter(first);
		Petition p = fixture.moves.registered(petition(LocalDate.of(2025, 11, 3), name, phone, id, "公交站台雨棚破损",
				"本人" + name + "，身份证号" + id + "，电话" + phone + "，住太原市杏花岭区胜利街88号。胜利街公交站台雨棚破损漏雨，请求修缮。"));
		fixture.moves.route(p.id(), Route.TRANSFER, "市交通运输局", null, null, LocalDate.of(2025, 11, 5));

		SearchHits found = query("公交站台雨棚破损漏雨", Set.of(PetitionDocuments.READER));
		assertThat(found.hits()).anySatisfy(h -> assertThat(h.id()).isEqualTo(p.id().toString()));
		for (SearchHits.Hit h : found.hits()) {
			assertThat(h.title() + h.snippet()).doesNotContain(name).doesNotContain(phone).doesNotContain(id)
				.doesNotContain("胜利街88号");
		}
		String indexed = documentText(p);
		assertThat(indexed).contains("公交站台雨棚破损漏雨").doesNotContain(name).doesNotContain(phone).doesNotContain(id)
			.doesNotContain("胜利街88号");
		for (String personal : List.of(name, phone, id, "胜利街88号")) {
			assertThat(query(personal, Set.of(PetitionDocuments.READER)).hits()).as(personal)
				.noneSatisfy(h -> assertThat(h.id()).isEqualTo(p.id().toString()));
		}
		// No reader of any kind finds a petition in a search.
		assertThat(query("公交站台雨棚破损漏雨", Set.of("public", "staff", "org:1", "person:1")).hits()).isEmpty();
	}

	private String documentText(Petition p) {
		var d = context.getBean(PetitionDocuments.class).document(p.id()).orElseThrow();
		return d.title() + "\n" + d.body() + "\n" + d.facets();
	}

	private SearchHits query(String text, Set<String> readers) {
		return search.search(new SearchQuery(PetitionDocuments.TYPE, text, Map.of(), readers, 0, 20));
	}
}
