package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;
import org.springframework.data.relational.core.mapping.Table;

/** What a unit reports on a B or C answer under follow-up. */
@Table("suggestions_progress")
public record ProgressReport(long organizationId, LocalDate reportedOn, String text) {

	public OrganizationId unit() {
		return new OrganizationId(organizationId);
	}
}
