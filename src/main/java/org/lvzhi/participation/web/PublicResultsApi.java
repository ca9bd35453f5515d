package org.lvzhi.participation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lvzhi.participation.questionnaires.Questionnaire;
import org.lvzhi.participation.questionnaires.QuestionnaireStore;
import org.lvzhi.participation.results.Results;
import org.lvzhi.platform.opendata.ApiPage;
import org.lvzhi.platform.opendata.ApiPaging;
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
 * The published results of questionnaires as open data: the counts of each option, point and
 * matrix item that {@code /public/questionnaires/{id}/results} shows, one row each. Free-text
 * answers and single responses are never part of it; only questionnaires whose results the
 * office made public.
 */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "Participation", description = "Published results of questionnaires")
class PublicResultsApi {

	private final QuestionnaireStore store;
	private final Results results;

	PublicResultsApi(QuestionnaireStore store, Results results) {
		this.store = store;
		this.results = results;
	}

	@Bean
	static Dataset questionnaireResultsDataset() {
		return Dataset.of("questionnaire-results", "/api/v1/questionnaire-results", List.of("问卷", "调查", "民意"));
	}

	@GetMapping(path = "/api/v1/questionnaire-results", produces = "application/json")
	@Operation(summary = "Published questionnaire results",
			description = "One row per option (or scale point, or matrix item and point) of each closed question of a "
					+ "questionnaire whose results are public: count and share of the question's answers.")
	ApiPage<ResultRow> list(@Parameter(description = "the questionnaire's id") @RequestParam(
			required = false) Long questionnaire,
			@Parameter(description = "opened in this year, e.g. 2023") @RequestParam(required = false) Integer year,
			@Parameter(description = "page number from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "records per page, 1 to 100 (20)") @RequestParam(required = false) Integer size) {
		return ApiPage.slice(rows(questionnaire, year), ApiPaging.of(page, size));
	}

	@GetMapping(path = "/api/v1/questionnaire-results.csv", produces = Csv.TYPE)
	@Operation(summary = "Published questionnaire results as CSV", description = "The columns are the JSON fields.")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) Long questionnaire,
			@RequestParam(required = false) Integer year) {
		return Csv.download("questionnaire-results.csv", ResultRow.class, rows(questionnaire, year));
	}

	private List<ResultRow> rows(Long questionnaire, Integer year) {
		List<ResultRow> rows = new ArrayList<>();
		for (Questionnaire q : store.withPublicResults()) {
			if ((questionnaire != null && q.id() != questionnaire)
					|| (year != null && (q.opensAt() == null || q.opensAt().getYear() != year))) {
				continue;
			}
			Results.Summary summary = results.summary(q.id(), Results.Filter.NONE, Locale.SIMPLIFIED_CHINESE);
			for (Results.QuestionResult r : summary.questions()) {
				if (r.question().kind().isText()) {
					continue;
				}
				for (Results.Count c : r.counts()) {
					rows.add(new ResultRow(q.id(), q.title(), summary.responses(), r.question().number(), r.label(), null,
							c.label(), c.count(), c.percent(), r.answered(), null));
				}
				for (Results.ItemResult i : r.items()) {
					for (Results.Count c : i.points()) {
						rows.add(new ResultRow(q.id(), q.title(), summary.responses(), r.question().number(), r.label(),
								i.label(), c.label(), c.count(), c.percent(), i.answered(), i.mean()));
					}
				}
			}
		}
		return rows;
	}

	@Schema(name = "QuestionnaireResult", description = "The count of one option of a question of a published questionnaire")
	record ResultRow(long questionnaire, String questionnaireTitle, long responses, int questionNumber, String question,
			@Schema(nullable = true, description = "the matrix item, for a matrix question") String item,
			@Schema(description = "the option or point") String option, long count,
			@Schema(description = "share of the answers to the question (or item), in percent") double percent,
			long answered, @Schema(nullable = true, description = "the item's mean point, for a matrix question") BigDecimal mean) {
	}
}
