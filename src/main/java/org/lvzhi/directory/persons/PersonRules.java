package org.lvzhi.directory.persons;

import org.lvzhi.directory.DirectoryException;
import org.lvzhi.directory.IdCardNumber;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.internal.Texts;
import org.springframework.stereotype.Component;

/** What a person's details must satisfy before they are saved. */
@Component
public class PersonRules {

	private final PersonRepository persons;

	PersonRules(PersonRepository persons) {
		this.persons = persons;
	}

	/** @param self the person being edited, or {@code null} for a new one */
	public void check(PersonDetails d, Long self) {
		if (!Texts.present(d.name())) {
			throw new DirectoryException("directory.error.nameRequired");
		}
		String idNumber = Texts.clean(d.personal().idNumber());
		if (idNumber == null) {
			return;
		}
		if (!IdCardNumber.isValid(idNumber)) {
			throw new DirectoryException("directory.error.idNumberInvalid", idNumber);
		}
		persons.findByIdNumber(IdCardNumber.normalize(idNumber))
			.filter(other -> !other.id().equals(self))
			.ifPresent(other -> {
				throw new DirectoryException("directory.error.idNumberTaken", other.name());
			});
	}
}
