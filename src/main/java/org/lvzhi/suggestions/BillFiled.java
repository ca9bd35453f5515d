package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.PersonId;

/**
 * A deputies' bill (议案) was filed and got its number. {@code coSigners} are the deputies who
 * signed beside the lead deputy (联名代表). Published inside the changing transaction.
 */
public record BillFiled(BillId id, String number, String title, int year, LocalDate filedOn, PersonId leadDeputy,
		List<PersonId> coSigners) {

	public BillFiled {
		coSigners = List.copyOf(coSigners);
	}
}
