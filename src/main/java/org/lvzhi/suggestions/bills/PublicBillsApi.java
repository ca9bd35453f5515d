package org.lvzhi.suggestions.bills;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.Directory;
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

/** Completed bills (议案) as open data: the list of {@code /public/bills}, with its filters. */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "Suggestions and bills")
class PublicBillsApi {

	private final Bills bills;
	private final Directory directory;

	PublicBillsApi(Bills bills, Directory directory) {
		this.bills = bills;
		this.directory = directory;
	}

	@Bean
	static Dataset billsDataset() {
		return Dataset.of("bills", "/api/v1/bills", List.of("议案", "代表议案", "人大代表"));
	}

	@GetMapping(path = "/api/v1/bills", produces = "application/json")
	@Operation(summary = "Completed bills of deputies",
			description = "The bills whose handling is completed, as on the public page: the committee that examined "
					+ "each and its outcome.")
	ApiPage<BillRow> list(@Parameter(description = "year, e.g. 2023") @RequestParam(required = false) Integer year,
			@Parameter(description = "words of the title") @RequestParam(required = false) String q,
			@Parameter(description = "page number from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "records per page, 1 to 100 (20)") @RequestParam(required = false) Integer size) {
		ApiPaging paging = ApiPaging.of(page, size);
		BillNames names = new BillNames(directory);
		return ApiPage.of(find(year, q, paging), paging, b -> BillRow.of(b, names));
	}

	@GetMapping(path = "/api/v1/bills.csv", produces = Csv.TYPE)
	@Operation(summary = "Completed bills of deputies as CSV", description = "The columns are the JSON fields.")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q) {
		BillNames names = new BillNames(directory);
		return Csv.download("bills.csv", BillRow.class,
				find(year, q, ApiPaging.everything()).items().stream().map(b -> BillRow.of(b, names)).toList());
	}

	private Page<BillListItem> find(Integer year, String q, ApiPaging paging) {
		return bills.find(new BillQuery(BillState.COMPLETED, year, q, null, null), paging.page(), paging.size());
	}

	@Schema(name = "Bill", description = "A deputies' bill whose handling is completed")
	record BillRow(long id, String number, int year, String title, String leadDeputy,
			@Schema(nullable = true, description = "the special committee that examined it") String committee,
			@Schema(nullable = true) String outcome, @Schema(nullable = true) LocalDate filedOn,
			@Schema(nullable = true) LocalDate completedOn, String link) {

		static BillRow of(BillListItem b, BillNames names) {
			return new BillRow(b.id(), b.number(), b.year(), b.title(), names.person(b.leadDeputyId()),
					b.committeeId() == null ? null : names.body(b.committeeId()), b.outcome(), b.filedOn(),
					b.completedOn(), "/public/bills/" + b.id());
		}
	}
}
