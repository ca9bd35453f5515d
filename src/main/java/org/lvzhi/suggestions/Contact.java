package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;
import org.springframework.data.relational.core.mapping.Table;

/** One of the three contacts (三见面) between a unit and the deputy. */
@Table("suggestions_contact")
public record Contact(long organizationId, ContactStage stage, LocalDate contactOn, String way, String note) {

	public OrganizationId unit() {
		return new OrganizationId(organizationId);
	}
}
