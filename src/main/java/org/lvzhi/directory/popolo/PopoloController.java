package org.lvzhi.directory.popolo;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

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
	@Operation(summary = "The full directory as Popolo JSON, for staff",
			description = "Persons, organizations, posts and every membership, staff included, without ID numbers, "
					+ "phones or birth dates. Anybody else reads the public part at /api/v1/popolo.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "401", description = "not signed in",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	@ApiResponse(responseCode = "403", description = "not staff of the offices that may export the directory",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<PopoloExport.Document> popolo(
			@io.swagger.v3.oas.annotations.Parameter(description = "true: saved by the browser as directory-popolo.json") @RequestParam(
					defaultValue = "false") boolean download) {
		var response = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
		if (download) {
			response.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"directory-popolo.json\"");
		}
		return response.body(export.document());
	}
}
