package org.lvzhi.directory.popolo;

import java.util.List;

import org.lvzhi.platform.opendata.Dataset;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The public part of the directory as Popolo JSON, for anybody: names, bodies, posts and
 * memberships (see {@link PopoloExport#publicDocument()}). The full export stays with staff at
 * {@code /api/v1/directory/popolo}.
 */
@RestController
@PreAuthorize("permitAll()")
@Tag(name = "Directory", description = "Deputies, bodies and posts")
class PublicPopoloApi {

	private final PopoloExport export;

	PublicPopoloApi(PopoloExport export) {
		this.export = export;
	}

	@Bean
	static Dataset popoloDataset() {
		return new Dataset("popolo", "opendata.dataset.popolo.title", "opendata.dataset.popolo.description",
				"/api/v1/popolo", null, List.of("人大代表", "常委会组成人员", "机构", "Popolo"), null);
	}

	@GetMapping(path = "/api/v1/popolo", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The public directory as Popolo JSON",
			description = "Persons (id and name only), organizations, posts and the memberships of deputies, members and "
					+ "office holders, in the Popolo format (https://www.popoloproject.com). No ID numbers, phones, "
					+ "addresses, birth dates or gender; the staff of offices are not listed.")
	PopoloExport.Document popolo() {
		return export.publicDocument();
	}
}
