package org.lvzhi.directory.popolo;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory as Popolo JSON, for staff and administrators. With {@code download=true} the
 * browser saves it as a file.
 */
@RestController
@PreAuthorize("@directoryAccess.canExportPopolo(authentication)")
class PopoloController {

	private final PopoloExport export;

	PopoloController(PopoloExport export) {
		this.export = export;
	}

	@GetMapping(path = "/api/v1/directory/popolo", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PopoloExport.Document> popolo(@RequestParam(defaultValue = "false") boolean download) {
		var response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
		if (download) {
			response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"directory-popolo.json\"");
		}
		return response.body(export.document());
	}
}
