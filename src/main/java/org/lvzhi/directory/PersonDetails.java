package org.lvzhi.directory;

/**
 * What registering or editing a person takes.
 *
 * @param name required
 * @param personal personal data; a given ID number must be valid (GB 11643) and unique
 */
public record PersonDetails(String name, Gender gender, String ethnicity, String occupation, PersonalData personal) {

	public PersonDetails {
		if (personal == null) {
			personal = PersonalData.none();
		}
	}
}
