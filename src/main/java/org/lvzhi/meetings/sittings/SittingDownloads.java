package org.lvzhi.meetings.sittings;

import java.util.Locale;

import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.platform.Spreadsheet;
import org.lvzhi.platform.WordDocuments;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A sitting's notice and agenda (.docx) for the office and the members; the attendance list (.xlsx)
 * for the office, who alone see per-member attendance on the sitting's page.
 */
@Controller
class SittingDownloads {

	private final SittingReads reads;
	private final SittingDocuments documents;

	SittingDownloads(SittingReads reads, SittingDocuments documents) {
		this.reads = reads;
		this.documents = documents;
	}

	private SittingView sitting(long id) {
		return reads.get(new SittingId(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/meetings/{id:\\d+}/notice.docx")
	@PreAuthorize("@meetingsAccess.isReader(authentication)")
	ResponseEntity<byte[]> notice(@PathVariable long id, Locale locale) {
		return send(documents.notice(sitting(id), locale), WordDocuments.DOCX);
	}

	@GetMapping("/meetings/{id:\\d+}/agenda.docx")
	@PreAuthorize("@meetingsAccess.isReader(authentication)")
	ResponseEntity<byte[]> agenda(@PathVariable long id, Locale locale) {
		return send(documents.agenda(sitting(id), locale), WordDocuments.DOCX);
	}

	@GetMapping("/meetings/{id:\\d+}/attendance.xlsx")
	@PreAuthorize("@meetingsAccess.isOffice(authentication)")
	ResponseEntity<byte[]> attendance(@PathVariable long id, Locale locale) {
		return send(documents.attendance(sitting(id), locale), Spreadsheet.CONTENT_TYPE);
	}

	private static ResponseEntity<byte[]> send(SittingDocuments.File file, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, WordDocuments.attachment(file.name()))
			.contentType(MediaType.parseMediaType(type))
			.body(file.bytes());
	}
}
