package org.lvzhi.reporting.annual;

import org.lvzhi.platform.Moves;
import org.lvzhi.platform.WordDocuments;
import org.lvzhi.platform.documents.OfficialDocument;
import org.lvzhi.platform.documents.OfficialDocuments;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The report as .docx and .pdf in the layout of official documents: any state for the office (a
 * draft with its live figures), the published report for everybody.
 */
@Controller
class AnnualReportFiles {

	private final AnnualReportStore store;
	private final ReportRendering rendering;
	private final OfficialDocuments documents;

	AnnualReportFiles(AnnualReportStore store, ReportRendering rendering, OfficialDocuments documents) {
		this.store = store;
		this.rendering = rendering;
		this.documents = documents;
	}

	@GetMapping("/reports/{year:\\d{4}}/report.docx")
	@PreAuthorize("@annualReportAccess.isOffice(authentication)")
	ResponseEntity<byte[]> draftDocx(@PathVariable int year) {
		return docx(any(year));
	}

	@GetMapping("/reports/{year:\\d{4}}/report.pdf")
	@PreAuthorize("@annualReportAccess.isOffice(authentication)")
	ResponseEntity<byte[]> draftPdf(@PathVariable int year) {
		return pdf(any(year));
	}

	@GetMapping("/public/reports/{year:\\d{4}}/report.docx")
	ResponseEntity<byte[]> publishedDocx(@PathVariable int year) {
		return docx(published(year));
	}

	@GetMapping("/public/reports/{year:\\d{4}}/report.pdf")
	ResponseEntity<byte[]> publishedPdf(@PathVariable int year) {
		return pdf(published(year));
	}

	/** The report as an official document, figures as the reader's page shows them. */
	OfficialDocument document(AnnualReport report) {
		return rendering.document(rendering.view(report));
	}

	private AnnualReport any(int year) {
		return store.ofYear(year).orElseThrow(Moves::notFound);
	}

	private AnnualReport published(int year) {
		return store.ofYear(year).filter(r -> r.state() == ReportState.PUBLISHED).orElseThrow(Moves::notFound);
	}

	private ResponseEntity<byte[]> docx(AnnualReport report) {
		return file(report, documents.docx(document(report)), OfficialDocuments.DOCX, ".docx");
	}

	private ResponseEntity<byte[]> pdf(AnnualReport report) {
		return file(report, documents.pdf(document(report)), OfficialDocuments.PDF, ".pdf");
	}

	private static ResponseEntity<byte[]> file(AnnualReport report, byte[] bytes, String type, String extension) {
		String name = report.reportYear() + "年" + report.title() + (report.draft() ? "（草稿）" : "") + extension;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, WordDocuments.attachment(name))
			.contentType(MediaType.parseMediaType(type))
			.body(bytes);
	}
}
