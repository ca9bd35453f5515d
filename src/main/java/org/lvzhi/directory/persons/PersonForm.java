package org.lvzhi.directory.persons;

import java.time.LocalDate;
import java.util.function.Function;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.servlet.http.HttpServletRequest;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonView;
import org.lvzhi.directory.PersonalData;

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

	/**
	 * What was typed, when binding refused a value (an unknown gender, a malformed date or
	 * version): the texts are kept, the values that could not be read are left empty.
	 */
	static PersonForm typed(HttpServletRequest request) {
		return new PersonForm(request.getParameter("name"), readable(request.getParameter("gender"), Gender::valueOf),
				request.getParameter("ethnicity"), request.getParameter("occupation"), request.getParameter("idNumber"),
				request.getParameter("mobile"), readable(request.getParameter("birthDate"), LocalDate::parse),
				readable(request.getParameter("version"), Integer::valueOf));
	}

	private static <T> T readable(String value, Function<String, T> parse) {
		try {
			return value == null || value.isBlank() ? null : parse.apply(value.strip());
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	PersonDetails details() {
		return new PersonDetails(name, gender, ethnicity, occupation, new PersonalData(idNumber, mobile, birthDate));
	}
}
