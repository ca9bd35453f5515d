package org.lvzhi.suggestions.bills;

import java.time.LocalDate;

import org.lvzhi.directory.PersonId;
import org.springframework.data.relational.core.mapping.Table;

/** A deputy the lead deputy asked to sign (联名代表); {@code signedOn} is set once she signed. */
@Table("suggestions_bill_signer")
public record BillSigner(long personId, LocalDate signedOn) {

	public PersonId person() {
		return new PersonId(personId);
	}

	public boolean signed() {
		return signedOn != null;
	}
}
