package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.platform.Page;
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
 * Answered suggestions as open data: the list of {@code /public/suggestions} (number, title,
 * category, lead deputy and lead unit), nothing the public page does not show.
 */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "Suggestions and bills", description = "Deputies' answered suggestions and completed bills")
class PublicSuggestionsApi {

	private final Suggestions suggestions;
	private final Names names;

	PublicSuggestionsApi(Suggestions suggestions, Names names) {
		this.suggestions = suggestions;
		this.names = names;
	}

	@Bean
	static Dataset suggestionsDataset() {
		return Dataset.of("suggestions", "/api/v1/suggestions", List.of("代表建议", "建议答复", "人大代表"));
	}

	@GetMapping(path = "/api/v1/suggestions", produces = "application/json")
	@Operation(summary = "Answered suggestions of deputies",
			description = "The suggestions whose answers are published, as on the public page, with the same text filter.")
	ApiPage<SuggestionRow> list(@Parameter(description = "words, e.g. 加装电梯") @RequestParam(required = false) String q,
			@Parameter(description = "page number from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "records per page, 1 to 100 (20)") @RequestParam(required = false) Integer size) {
		ApiPaging paging = ApiPaging.of(page, size);
		Page<SuggestionListItem> found = suggestions.published(q, paging.page(), paging.size());
		Names.Lookup lookup = names.lookup(found.items());
		return ApiPage.of(found, paging, i -> SuggestionRow.of(i, lookup));
	}

	@GetMapping(path = "/api/v1/suggestions.csv", produces = Csv.TYPE)
	@Operation(summary = "Answered suggestions of deputies as CSV", description = "The columns are the JSON fields.")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String q) {
		ApiPaging all = ApiPaging.everything();
		Page<SuggestionListItem> found = suggestions.published(q, all.page(), all.size());
		Names.Lookup lookup = names.lookup(found.items());
		return Csv.download("suggestions.csv", SuggestionRow.class,
				found.items().stream().map(i -> SuggestionRow.of(i, lookup)).toList());
	}

	@Schema(name = "Suggestion", description = "A deputy's suggestion whose answer is published")
	record SuggestionRow(long id, String number, int year, String title,
			@Schema(nullable = true) String category, String state, String leadDeputy,
			@Schema(nullable = true, description = "the lead handling unit") String leadUnit, LocalDate submittedOn,
			String link) {

		static SuggestionRow of(SuggestionListItem i, Names.Lookup names) {
			return new SuggestionRow(i.id(), i.number(), i.year(), i.title(), i.category(), i.state().name(),
					names.person(i.leadDeputyId()), i.leadUnitId() == null ? null : names.unit(i.leadUnitId()),
					i.submittedOn(), "/public/suggestions/" + i.id());
		}
	}
}
