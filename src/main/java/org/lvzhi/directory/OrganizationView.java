package org.lvzhi.directory;

import java.time.LocalDate;

/**
 * A body of the directory.
 *
 * @param parentId the body it belongs to (a committee's congress, a department's government), or {@code null}
 * @param level the deputy level of a congress and of the bodies under it, or {@code null}
 * @param term the 届次 of a congress or standing committee, or {@code null}
 * @param area the administrative area it serves (e.g. 小店区), or {@code null}
 */
public record OrganizationView(OrganizationId id, String name, Classification classification, OrganizationId parentId,
		DeputyLevel level, Integer term, String area, LocalDate foundingDate, LocalDate dissolutionDate, int version) {
}
