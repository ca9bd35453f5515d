package org.lvzhi.oversight.filing;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.Directory;
import org.lvzhi.oversight.web.Names;
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
 * The outcomes of filing review (备案审查) as open data: each normative document whose review is
 * concluded, its maker, the kind of review and the outcome. The documents are public acts of public
 * bodies; the opinions exchanged with the maker and the citizens' review requests stay inside.
 */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "Oversight")
class FilingOutcomesApi {

	private final Filings filings;
	private final Directory directory;

	FilingOutcomesApi(Filings filings, Directory directory) {
		this.filings = filings;
		this.directory = directory;
	}

	@Bean
	static Dataset filingReviewsDataset() {
		return Dataset.of("filing-reviews", "/api/v1/filing-reviews", List.of("备案审查", "规范性文件", "监督"));
	}

	@GetMapping(path = "/api/v1/filing-reviews", produces = "application/json")
	@Operation(summary = "Outcomes of filing review",
			description = "Normative documents whose review is concluded, with maker, review type and outcome.")
	ApiPage<FilingOutcomeRow> list(@Parameter(description = "filed in this year, e.g. 2023") @RequestParam(
			required = false) Integer year,
			@Parameter(description = "NO_PROBLEM, CORRECTED or REVOKED") @RequestParam(required = false) String state,
			@Parameter(description = "page number from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "records per page, 1 to 100 (20)") @RequestParam(required = false) Integer size) {
		return ApiPage.slice(rows(year, state), ApiPaging.of(page, size));
	}

	@GetMapping(path = "/api/v1/filing-reviews.csv", produces = Csv.TYPE)
	@Operation(summary = "Outcomes of filing review as CSV", description = "The columns are the JSON fields.")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year, @RequestParam(required = false) String state) {
		return Csv.download("filing-reviews.csv", FilingOutcomeRow.class, rows(year, state));
	}

	private List<FilingOutcomeRow> rows(Integer year, String state) {
		List<Filings.FilingView> concluded = filings.all(year).stream().filter(f -> f.outcome() != null)
			.filter(f -> state == null || state.isBlank() || f.outcome().name().equals(state.strip())).toList();
		Names names = new Names(directory).ofBodies(concluded.stream().map(Filings.FilingView::makerId).toList());
		return concluded.stream()
			.map(f -> new FilingOutcomeRow(f.id(), f.title(), f.docNumber(), names.body(f.makerId()), f.publishedOn(),
					f.filedOn(), f.reviewType() == null ? null : f.reviewType().name(), f.outcome().name(), f.concludedOn()))
			.toList();
	}

	@Schema(name = "FilingOutcome", description = "A normative document whose filing review is concluded")
	record FilingOutcomeRow(long id, String title, @Schema(nullable = true) String documentNumber, String maker,
			@Schema(nullable = true) LocalDate publishedOn, LocalDate filedOn,
			@Schema(nullable = true, description = "the kind of review") String reviewType,
			@Schema(description = "NO_PROBLEM, CORRECTED or REVOKED") String outcome,
			@Schema(nullable = true) LocalDate concludedOn) {
	}
}
