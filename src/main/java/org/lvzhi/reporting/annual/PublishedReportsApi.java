package org.lvzhi.reporting.annual;

import java.time.LocalDateTime;
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

/**
 * The published annual work reports as open data: one line per year with the addresses of the web
 * page, the .docx and .pdf, and the year's figures as stored at the freeze. Drafts never appear.
 */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "Annual reports", description = "Published annual work reports of the standing committee")
class PublishedReportsApi {

	private final AnnualReportStore store;

	PublishedReportsApi(AnnualReportStore store) {
		this.store = store;
	}

	@Bean
	static Dataset annualReportsDataset() {
		return Dataset.of("annual-reports", "/api/v1/annual-reports", List.of("工作报告", "常委会工作报告", "年度报告"));
	}

	@GetMapping(path = "/api/v1/annual-reports", produces = "application/json")
	@Operation(summary = "Published annual work reports",
			description = "Every published report, the latest year first, with its documents and its figures' URL.")
	ApiPage<ReportRow> list(@Parameter(description = "page number from 1") @RequestParam(required = false) Integer page,
			@Parameter(description = "records per page, 1 to 100 (20)") @RequestParam(required = false) Integer size) {
		return ApiPage.slice(rows(), ApiPaging.of(page, size));
	}

	@GetMapping(path = "/api/v1/annual-reports.csv", produces = Csv.TYPE)
	@Operation(summary = "Published annual work reports as CSV", description = "The columns are the JSON fields.")
	ResponseEntity<byte[]> csv() {
		return Csv.download("annual-reports.csv", ReportRow.class, rows());
	}

	private List<ReportRow> rows() {
		return store.published().stream().map(r -> {
			String at = "/public/reports/" + r.reportYear();
			return new ReportRow(r.reportYear(), r.title(), r.issuer(), r.frozenAt(), r.publishedAt(), at,
					at + "/report.docx", at + "/report.pdf", "/api/v1/figures/" + r.reportYear());
		}).toList();
	}

	@Schema(name = "AnnualReport", description = "A published annual work report")
	record ReportRow(int year, String title, String issuer,
			@Schema(description = "when its figures were stored") LocalDateTime frozenAt, LocalDateTime publishedAt,
			String link, String docx, String pdf, @Schema(description = "the year's figures, counted now") String figures) {
	}
}
