package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.PersonId;

/**
 * A bill (议案) as it was filed: what {@link BillFiled} told, read back from the bill's current
 * record. {@code coSigners} are the deputies who signed beside the lead deputy, in the order she
 * asked them; a deputy asked who never signed is not among them.
 */
public record FiledBill(BillId id, String number, String title, int year, LocalDate filedOn, PersonId leadDeputy,
		List<PersonId> coSigners) {

	public FiledBill {
		coSigners = List.copyOf(coSigners);
	}
}
