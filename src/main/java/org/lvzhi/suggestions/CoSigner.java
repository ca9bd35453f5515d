package org.lvzhi.suggestions;

import org.lvzhi.directory.PersonId;
import org.springframework.data.relational.core.mapping.Table;

/** A deputy who signed the suggestion with the lead deputy (附议代表). */
@Table("suggestions_co_signer")
public record CoSigner(long personId) {

	public PersonId person() {
		return new PersonId(personId);
	}
}
