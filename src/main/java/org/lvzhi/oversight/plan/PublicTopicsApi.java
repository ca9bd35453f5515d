package org.lvzhi.oversight.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.platform.opendata.ApiPage;
import org.lvzhi.platform.opendata.ApiPaging;
import org.lvzhi.platform.opendata.BadParameter;
import org.lvzhi.platform.opendata.Csv;
import org.lvzhi.platform.opendata.Dataset;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Oversight topics as open data: for a plan year, the topics adopted into the plan and the public's
 * decided proposals with the office's answer, as {@code /public/oversight-topics} shows them. Never
 * who proposed a topic, nor the reasons a proposer gave.
 */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "Oversight", description = "Oversight topics and the outcomes of filing review")
class PublicTopicsApi {

	private final Topics topics;
	private final Deadlines deadlines;

	PublicTopicsApi(Topics topics, Deadlines deadlines) {
		this.topics = topics;
		this.deadlines = deadlines;
	}

	@Bean
	static Dataset oversightTopicsDataset() {
		return Dataset.of("oversight-topics", "/api/v1/oversight-topics", List.of("监督", "监督议题", "监督工作计划"));
	}

	@GetMapping(path = "/api/v1/oversight-topics", produces = "application/json")
	@Operation(summary = "Oversight topics of a plan year",
			description = "The topics adopted into the year's oversight plan and the public's decided proposals with the "
					+ "answer, by number; without proposers.")
	ApiPage<TopicRow> list(@Parameter(description = "plan year, e.g. 2024; the year being planned by default") @RequestParam(
			required = false) Integer year,
			@Parameter(description = "ADOPTED, MERGED, DECLINED, …") @RequestParam(required = false) String state,
			@Parameter(description = "page number from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "records per page, 1 to 100 (20)") @RequestParam(required = false) Integer size) {
		return ApiPage.slice(rows(year, state), ApiPaging.of(page, size));
	}

	@GetMapping(path = "/api/v1/oversight-topics.csv", produces = Csv.TYPE)
	@Operation(summary = "Oversight topics of a plan year as CSV", description = "The columns are the JSON fields.")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year, @RequestParam(required = false) String state) {
		return Csv.download("oversight-topics.csv", TopicRow.class, rows(year, state));
	}

	private List<TopicRow> rows(Integer year, String state) {
		int y = year == null ? deadlines.today().getYear() + 1 : year;
		if (y < 1949 || y > 2200) {
			throw BadParameter.of("year", year);
		}
		Map<Long, TopicRow> rows = new LinkedHashMap<>();
		for (Topics.Topic t : topics.adopted(y)) {
			rows.put(t.id(), TopicRow.of(t, true));
		}
		for (Topics.Topic t : topics.answered(y)) {
			rows.putIfAbsent(t.id(), TopicRow.of(t, t.state().name().equals("ADOPTED")));
		}
		return rows.values().stream().filter(r -> state == null || state.isBlank() || r.state().equals(state.strip()))
			.toList();
	}

	@Schema(name = "OversightTopic", description = "An oversight topic of a plan year")
	record TopicRow(long id, int planYear, String title, @Schema(description = "ADOPTED, MERGED, DECLINED, …") String state,
			@Schema(description = "PUBLIC when the public proposed it") String source, boolean adopted,
			@Schema(nullable = true, description = "the office's answer to a public proposal") String answer,
			@Schema(nullable = true) LocalDate decidedOn) {

		static TopicRow of(Topics.Topic t, boolean adopted) {
			return new TopicRow(t.id(), t.planYear(), t.title(), t.state().name(), t.source().name(), adopted,
					"PUBLIC".equals(t.source().name()) ? t.answer() : null, t.decidedOn());
		}
	}
}
