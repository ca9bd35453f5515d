package org.lvzhi.directory;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The person form as submitted. */
record PersonForm(String name, Gender gender, String ethnicity, String occupation, String idNumber, String mobile,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate, Integer version) {

	static PersonForm empty() {
		return new PersonForm(null, null, "汉族", null, null, null, null, null);
	}

	static PersonForm of(PersonView v, PersonalData p) {
		return new PersonForm(v.name(), v.gender(), v.ethnicity(), v.occupation(), p.idNumber(), p.mobile(),
				p.birthDate(), v.version());
	}

	PersonDetails details() {
		return new PersonDetails(name, gender, ethnicity, occupation, new PersonalData(idNumber, mobile, birthDate));
	}
}
