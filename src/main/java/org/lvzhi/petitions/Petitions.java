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
	 * A petition's matter without personal data.
	 *
	 * @param state the state's name ({@code REGISTERED}, {@code HANDLING}, … {@code FINAL})
	 */
	record PetitionMatter(PetitionId id, String number, String subject, String category, String state) {
	}
}
