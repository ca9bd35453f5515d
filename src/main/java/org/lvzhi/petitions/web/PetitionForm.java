package org.lvzhi.petitions.web;

import java.time.LocalDate;

import org.lvzhi.petitions.NewPetition;
import org.lvzhi.petitions.PetitionKind;

/** What the office types to register a petition, or a petitioner online. */
record PetitionForm(PetitionKind kind, LocalDate receivedOn, Integer headCount, String name, String idNumber,
		String phone, String address, String representatives, String subject, String matter, String category,
		String area, String bodyConcerned) {

	NewPetition toNew(PetitionKind fixedKind, LocalDate fixedDate) {
		return new NewPetition(fixedKind != null ? fixedKind : kind, fixedDate != null ? fixedDate : receivedOn,
				headCount == null ? 1 : headCount, name, idNumber, phone, address, representatives, subject, matter,
				category, area, bodyConcerned);
	}
}
