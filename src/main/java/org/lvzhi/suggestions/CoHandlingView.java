package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;
import org.springframework.data.relational.core.mapping.Table;

/** A co-handling unit's view, sent to the lead unit. */
@Table("suggestions_co_view")
public record CoHandlingView(long organizationId, LocalDate sentOn, String text) {

	public OrganizationId unit() {
		return new OrganizationId(organizationId);
	}
}
