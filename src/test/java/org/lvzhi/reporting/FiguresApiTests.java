package org.lvzhi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class FiguresApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Figures figures;

	@Autowired
	JsonMapper json;

	@Test
	void answersEveryRegisteredFigureForAYearWithoutSigningIn() throws Exception {
		String body = mvc.perform(get("/api/v1/figures").param("year", "2023"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		JsonNode root = json.readTree(body);
		assertThat(root.get("year").asInt()).isEqualTo(2023);
		assertThat(root.get("figures").propertyNames())
			.containsExactlyElementsOf(figures.all().stream().map(Figure::key).toList());
		for (Figure figure : figures.all()) {
			assertThat(root.get("figures").get(figure.key()).asLong()).as(figure.key()).isEqualTo(figure.value(2023));
		}
	}

	@Test
	void everyFigureListsTheRecordsItCounts() throws Exception {
		assertThat(figures.all()).as("modules register figures").isNotEmpty();
		for (Figure figure : figures.all()) {
			String body = mvc.perform(get("/api/v1/figures/" + figure.key()).param("year", "2023"))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			JsonNode root = json.readTree(body);
			if (figure.share()) {
				// A percentage lists what it is a share of.
				assertThat(root.get("value").asLong()).as(figure.key()).isBetween(0L, 100L);
				assertThat(root.get("records").size()).as(figure.key()).isPositive();
			}
			else {
				assertThat(root.get("records").size()).as(figure.key()).isEqualTo((int) root.get("value").asLong());
			}
			root.get("records").forEach(r -> assertThat(r.propertyNames()).containsExactlyInAnyOrder("id", "title", "date", "link"));
		}
	}

	@Test
	void refusesAnUnknownFigureAndAnImpossibleYear() throws Exception {
		mvc.perform(get("/api/v1/figures/no_such_figure").param("year", "2023")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/figures").param("year", "1800")).andExpect(status().isBadRequest());
	}

	@Test
	void theOpenApiDescriptionDocumentsTheFiguresApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/figures/{key}")))
			.andExpect(content().string(containsString("Every registered figure for a year")));
	}

	@Test
	void theStatisticsPageShowsEveryFigureWithALinkToItsRecords() throws Exception {
		String page = mvc.perform(get("/statistics").param("year", "2023"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		for (Figure figure : figures.all()) {
			assertThat(page).contains("/statistics/" + figure.key() + "?year=2023");
		}
	}
}
