package org.lvzhi.directory;

/**
 * A person as every reader of the directory may see them: no personal data.
 *
 * @param version the row version a later edit must send back
 */
public record PersonView(PersonId id, String name, Gender gender, String ethnicity, String occupation, int version) {
}
