package org.lvzhi.suggestions.bills;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.data.relational.core.mapping.Table;

/** A line of the bill's history; the store stamps {@code recordedAt} when it saves the move. */
@Table("suggestions_bill_timeline")
public record BillTimelineEntry(String kind, LocalDate occurredOn, OffsetDateTime recordedAt, Long personId,
		Long organizationId, String note) {
}
