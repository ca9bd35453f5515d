package org.lvzhi.directory.persons;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.lvzhi.directory.Gender;
import org.lvzhi.directory.IdCardNumber;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonView;
import org.lvzhi.directory.PersonalData;
import org.lvzhi.directory.internal.Texts;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person as stored, personal data included. */
@Table("directory_person")
public record PersonRow(@Id Long id, String name, String gender, String ethnicity, String occupation, String idNumber,
		String mobile, LocalDate birthDate, OffsetDateTime createdAt, @Version int version) {

	/**
	 * Reads a row by its column names. A by-name record mapper would first probe the camel-case
	 * names; H2 answers each miss with an exception written to its trace file, which made large
	 * lists slow.
	 */
	public static PersonRow map(ResultSet rs, int rowNum) throws SQLException {
		return new PersonRow(rs.getLong("id"), rs.getString("name"), rs.getString("gender"), rs.getString("ethnicity"),
				rs.getString("occupation"), rs.getString("id_number"), rs.getString("mobile"),
				rs.getObject("birth_date", LocalDate.class), rs.getObject("created_at", OffsetDateTime.class),
				rs.getInt("version"));
	}

	public static PersonRow of(PersonDetails d, OffsetDateTime now) {
		return new PersonRow(null, null, null, null, null, null, null, null, now, 0).with(d, 0);
	}

	/** The same person with new details, as the editor saw it at {@code expectedVersion}. */
	public PersonRow with(PersonDetails d, int expectedVersion) {
		PersonalData p = d.personal();
		return new PersonRow(id, Texts.clean(d.name()), d.gender() == null ? null : d.gender().name(),
				Texts.clean(d.ethnicity()), Texts.clean(d.occupation()), IdCardNumber.normalize(Texts.clean(p.idNumber())),
				Texts.clean(p.mobile()), p.birthDate(), createdAt, expectedVersion);
	}

	public PersonView view() {
		return new PersonView(new PersonId(id), name, gender == null ? null : Gender.valueOf(gender), ethnicity,
				occupation, version);
	}

	public PersonalData personal() {
		return new PersonalData(idNumber, mobile, birthDate);
	}

	/** What the audit log keeps: the ID number masked, no phone, no birth date. */
	public Snapshot snapshot() {
		return new Snapshot(name, gender, ethnicity, occupation, IdCardNumber.masked(idNumber));
	}

	record Snapshot(String name, String gender, String ethnicity, String occupation, String idNumber) {
	}
}
