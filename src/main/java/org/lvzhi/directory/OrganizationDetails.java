package org.lvzhi.directory;

import java.time.LocalDate;

/**
 * What creating or editing a body takes. The name is required and unique.
 */
public record OrganizationDetails(String name, Classification classification, OrganizationId parentId,
		DeputyLevel level, Integer term, String area, LocalDate foundingDate, LocalDate dissolutionDate) {
}
