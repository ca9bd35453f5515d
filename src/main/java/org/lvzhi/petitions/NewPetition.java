package org.lvzhi.petitions;

import java.time.LocalDate;

/**
 * A petition as the office registers it.
 *
 * @param headCount how many came (a group visit, 批次, has more than one), 1 otherwise
 * @param representatives the names of a group's representatives (personal data)
 * @param name the petitioner's name (personal data); may be empty for an anonymous letter
 * @param idNumber the resident ID number (personal data), optional
 */
public record NewPetition(PetitionKind kind, LocalDate receivedOn, int headCount, String name, String idNumber,
		String phone, String address, String representatives, String subject, String matter, String category,
		String area, String bodyConcerned) {
}
