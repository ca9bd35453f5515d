package org.lvzhi.directory;

import java.time.LocalDate;

/**
 * A person's personal data. Only privileged staff may see it; it never appears in exports to
 * the public, the Popolo document, figures or the audit log in clear.
 *
 * @param idNumber the resident ID card number (身份证号), 18 characters, or {@code null}
 * @param mobile the mobile phone number, or {@code null}
 * @param birthDate the birth date, or {@code null}
 */
public record PersonalData(String idNumber, String mobile, LocalDate birthDate) {

	public static PersonalData none() {
		return new PersonalData(null, null, null);
	}
}
