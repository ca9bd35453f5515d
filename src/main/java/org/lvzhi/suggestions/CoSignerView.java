package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A co-signer's view of the answers of one round, for the lead deputy to weigh before she rates:
 * only the lead deputy rates, but the deputies who signed with her have their say on record.
 */
@Table("suggestions_co_signer_view")
public record CoSignerView(int round, long personId, String text, LocalDate givenOn) {
}
