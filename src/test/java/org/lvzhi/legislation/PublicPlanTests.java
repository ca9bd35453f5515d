package org.lvzhi.legislation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public plan page opens on the latest plan the council of chairpersons adopted, not on an
 * empty current year, and lets the reader choose among the years that have one.
 */
@IntegrationTest
class PublicPlanTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcClient jdbc;

	@Test
	void thePublicPlanOpensOnTheLatestAdoptedPlanAndOffersEveryAdoptedYear() throws Exception {
		List<Integer> adopted = jdbc.sql("SELECT plan_year FROM legislation_plan ORDER BY plan_year DESC")
			.query(Integer.class).list();
		assertThat(adopted).contains(2023);

		String page = mvc.perform(get("/public/plan")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		assertThat(page).contains("<h1 class=\"h4\">" + adopted.getFirst() + "年度立法计划</h1>", "id=\"adoption\"")
			.doesNotContain("尚未公布");
		String selector = page.substring(page.indexOf("<select"), page.indexOf("</select>"));
		assertThat(Pattern.compile("<option value=\"(\\d+)\"").matcher(selector).results().map(m -> Integer.valueOf(m.group(1))))
			.containsExactlyElementsOf(adopted);
	}

	@Test
	void aYearWithoutAnAdoptedPlanSaysSoAndStillOffersTheOthers() throws Exception {
		String page = mvc.perform(get("/public/plan").param("year", "2099")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();

		assertThat(page).contains("2099年度立法计划尚未公布", "<option value=\"2023\"");
	}
}
