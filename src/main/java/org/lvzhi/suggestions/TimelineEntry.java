package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A line of the suggestion's history as its readers see it.
 *
 * @param organizationId the unit concerned, or {@code null}
 */
@Table("suggestions_timeline")
public record TimelineEntry(TimelineKind kind, LocalDate occurredOn, OffsetDateTime recordedAt, Long organizationId,
		String note) {
}
