package org.lvzhi.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.petitions.handling.PetitionStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The petitions office registers a group visit from its form; bad input shows the form again with
 * what was typed and writes nothing; the list filters by kind and state and pages.
 */
@IntegrationTest
class PetitionOfficePagesTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;
	@Autowired
	PetitionStore store;

	private RequestPostProcessor office() {
		return user(users.loadUserByUsername("xinfang"));
	}

	private static String body(MvcResult r) throws Exception {
		return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aGroupVisitIsRegisteredWithItsHeadCountAndRepresentatives() throws Exception {
		MvcResult r = mvc.perform(post("/petitions/new").with(office()).with(csrf()).param("kind", "VISIT")
			.param("receivedOn", "2025-03-12").param("headCount", "23").param("name", "测试甲")
			.param("representatives", "测试乙、测试丙").param("phone", "13900001234").param("subject", "某小区业主集体反映停车位被占用")
			.param("matter", "开发商将规划车位出售给小区外人员，业主无位可停。").param("category", "城乡建设").param("area", "万柏林区"))
			.andReturn();
		String location = r.getResponse().getRedirectedUrl();
		assertThat(location).matches("/petitions/\\d+");
		var p = store.find(new PetitionId(Long.parseLong(location.substring("/petitions/".length())))).orElseThrow();
		assertThat(p.kind()).isEqualTo(PetitionKind.VISIT);
		assertThat(p.headCount()).isEqualTo(23);
		assertThat(body(mvc.perform(get(location).with(office())).andReturn())).contains("（23人）");
	}

	@Test
	void anEmptyMatterOrAGroupLetterShowsTheFormAgainWithWhatWasTypedAndWritesNothing() throws Exception {
		long before = store.count();
		String empty = body(mvc.perform(post("/petitions/new").with(office()).with(csrf()).param("kind", "LETTER")
			.param("receivedOn", "2025-03-12").param("subject", "保留这个事由").param("matter", "").param("category", "城乡建设"))
			.andReturn());
		assertThat(empty).contains("请填写信访事项内容").contains("保留这个事由");
		String group = body(mvc.perform(post("/petitions/new").with(office()).with(csrf()).param("kind", "LETTER")
			.param("headCount", "5").param("receivedOn", "2025-03-12").param("subject", "来信不能是集体访")
			.param("matter", "内容").param("category", "城乡建设")).andReturn());
		assertThat(group).contains("只有来访可以是多人").contains("来信不能是集体访");
		assertThat(store.count()).isEqualTo(before);
	}

	@Test
	void theListFiltersByKindAndStateAndPages() throws Exception {
		String visits = body(mvc.perform(get("/petitions").param("kind", "VISIT").param("from", "2023-01-01")
			.param("to", "2023-12-31").with(office())).andReturn());
		assertThat(visits).contains("XF2023-").contains("<td><span>来访</span>").doesNotContain("<td><span>来信</span>");
		String page2 = body(mvc.perform(get("/petitions").param("kind", "VISIT").param("page", "2").with(office())).andReturn());
		assertThat(page2).contains("XF2023-");
	}
}
