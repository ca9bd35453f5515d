package org.lvzhi.petitions;

import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * What other modules may read of a petition: its number, subject and where it stands, never who
 * brought it.
 */
public interface Petitions {

	/** The matter of a petition, by its number (XF2023-0001), or empty. */
	Optional<PetitionMatter> byNumber(String number);

	/** The page of a petition, which only the petitions office opens. */
	static String path(PetitionId id) {
		return "/petitions/" + id.value();
	}

	/** Whether this reader opens petitions' pages: the petitions office alone does. */
	boolean mayOpen(Authentication reader);

	/**
	 * The petitions office handed a petition's matter to a deputies' liaison station as a follow-up;
	 * published in that transaction. It carries the matter only, the petitioner's name, ID number,
	 * phone and address struck out of the text, and nothing else of the petitioner.
	 *
	 * @param station the station's name, as the directory's picker offers it
	 * @param area the district or county, may be {@code null}
	 */
	record MatterHandedToLiaison(PetitionId petition, String number, String subject, String matter, String category,
			String area, String station, java.time.LocalDate on) {
	}

	/**
	 * A petition's matter without personal data.
	 *
	 * @param state the state's name ({@code REGISTERED}, {@code HANDLING}, … {@code FINAL})
	 */
	record PetitionMatter(PetitionId id, String number, String subject, String category, String state) {
	}
}
