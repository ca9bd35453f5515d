package org.lvzhi.legislation.library;

import java.time.LocalDate;
import java.util.List;

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

/** The library of laws and regulations as open data: the same list and filters as {@code /public/laws}. */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "Legislation", description = "Laws, drafts and the decisions on public comments")
class LawsApi {

	private final LawStore store;

	LawsApi(LawStore store) {
		this.store = store;
	}

	@Bean
	static Dataset lawsDataset() {
		return Dataset.of("laws", "/api/v1/laws", List.of("法律", "法规", "地方性法规", "法规库"));
	}

	@GetMapping(path = "/api/v1/laws", produces = "application/json")
	@Operation(summary = "Laws and regulations of the library",
			description = "The texts of the library (in force, superseded, repealed), newest first, with the same filters "
					+ "as the public library page.")
	ApiPage<LawRow> laws(@Parameter(description = "words of the title, e.g. 条例") @RequestParam(required = false) String q,
			@Parameter(description = "category, e.g. 地方性法规") @RequestParam(required = false) String category,
			@Parameter(description = "region, e.g. 太原市") @RequestParam(required = false) String region,
			@Parameter(description = "status: IN_FORCE, SUPERSEDED or REPEALED") @RequestParam(required = false) LawStatus state,
			@Parameter(description = "issued in this year, e.g. 2023") @RequestParam(required = false) Integer year,
			@Parameter(description = "page number from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "records per page, 1 to 100 (20)") @RequestParam(required = false) Integer size) {
		ApiPaging paging = ApiPaging.of(page, size);
		return ApiPage.of(store.list(new LawFilter(q, category, region, state, year, year), paging.page(), paging.size()),
				paging, LawRow::of);
	}

	@GetMapping(path = "/api/v1/laws.csv", produces = Csv.TYPE)
	@Operation(summary = "Laws and regulations of the library as CSV", description = "The columns are the JSON fields.")
	ResponseEntity<byte[]> lawsCsv(@RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) String region,
			@RequestParam(required = false) LawStatus state, @RequestParam(required = false) Integer year) {
		ApiPaging all = ApiPaging.everything();
		return Csv.download("laws.csv", LawRow.class, store.list(new LawFilter(q, category, region, state, year, year),
				all.page(), all.size()).items().stream().map(LawRow::of).toList());
	}

	@Schema(name = "Law", description = "A text of the library")
	record LawRow(long id, String title, String category, @Schema(nullable = true) String region,
			@Schema(nullable = true, description = "the day it was issued, when known") LocalDate issuedOn,
			@Schema(description = "IN_FORCE, SUPERSEDED or REPEALED") String status, int articles, String link) {

		static LawRow of(LawListItem l) {
			return new LawRow(l.id(), l.title(), l.category(), l.region(), l.issuedOn(), l.status().name(),
					l.articleCount(), "/public/laws/" + l.id());
		}
	}
}
