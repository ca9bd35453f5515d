package org.lvzhi.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lvzhi.platform.opendata.ApiPage;
import org.lvzhi.platform.opendata.ApiPaging;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The search box as JSON: the same query, filters and reader scope as {@code /search} for a signed-in
 * caller and {@code /public/search} for anybody else.
 */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "Search", description = "Full-text search over every record the caller may read")
class SearchApi {

	private final SearchBox box;

	SearchApi(SearchBox box) {
		this.box = box;
	}

	@GetMapping(path = "/api/v1/search", produces = "application/json")
	@Operation(summary = "Search every record type the caller may read",
			description = "Chinese full-text search with the domain's synonyms; anonymous callers get public records only. "
					+ "Without q the answer is empty.")
	SearchAnswer search(@Parameter(description = "words, e.g. 加装电梯") @RequestParam(required = false) String q,
			@Parameter(description = "record types to list, e.g. suggestion; several allowed") @RequestParam(required = false) List<String> type,
			@Parameter(description = "year, e.g. 2023") @RequestParam(required = false) String year,
			@Parameter(description = "state, with exactly one type") @RequestParam(required = false) String state,
			@Parameter(description = "body concerned (organization ID)") @RequestParam(required = false) String org,
			@Parameter(description = "page number from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "records per page, 1 to 100 (20)") @RequestParam(required = false) Integer size,
			Authentication user) {
		ApiPaging paging = ApiPaging.of(page, size);
		boolean signedIn = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
		SearchBox.Results results = box.find(SearchBox.Request.of(q, type, year, state, org, paging.page(), paging.size()),
				signedIn ? ReaderKeys.of(user) : Set.of(SearchDocument.PUBLIC), signedIn);
		ApiPage<HitRow> hits = ApiPage.of(results.items().stream().map(HitRow::of).toList(), paging, results.total());
		return new SearchAnswer(hits.items(), hits.page(), hits.size(), hits.total(), results.exact(), hits.links(),
				results.types().stream().map(FacetCount::of).toList(),
				results.filters().entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
						e -> e.getValue().stream().map(FacetCount::of).toList(), (a, b) -> a, java.util.LinkedHashMap::new)));
	}

	@Schema(name = "SearchAnswer", description = "One page of search hits with the counts of every filter")
	record SearchAnswer(List<HitRow> items, int page, int size,
			@Schema(description = "hits of the types asked for; a lower bound when exact is false") long total,
			@Schema(description = "whether total and the counts cover every hit, or only the best thousand") boolean exact,
			ApiPage.Links links,
			@Schema(description = "hits per record type, over every type") List<FacetCount> types,
			@Schema(description = "hits per year, state (one type only) and body") Map<String, List<FacetCount>> filters) {
	}

	@Schema(name = "SearchHit", description = "A record that matches")
	record HitRow(String type, @Schema(description = "the type's name in the caller's language") String typeName,
			String id, String title,
			@Schema(nullable = true, description = "plain text around the matched words") String snippet,
			@Schema(description = "where the matched words are in the snippet, as [start, end) pairs") List<List<Integer>> marks,
			@Schema(nullable = true, description = "the page the record is read on") String link,
			@Schema(nullable = true) LocalDate date, @Schema(nullable = true) String state, float score) {

		static HitRow of(SearchBox.Item item) {
			return new HitRow(item.type(), item.typeName(), item.id(), item.hit().title(), item.hit().snippet(),
					item.hit().marks().stream().map(m -> List.of(m.start(), m.end())).toList(), item.link(), item.date(),
					item.state(), item.hit().score());
		}
	}

	@Schema(name = "SearchFacetCount", description = "A filter value and how many hits hold it")
	record FacetCount(String value, String name, long count) {

		static FacetCount of(SearchBox.Option option) {
			return new FacetCount(option.value(), option.name(), option.count());
		}
	}
}
