package org.lvzhi.petitions.handling;

import org.lvzhi.platform.DomainException;

/** A petition move refused by a rule; the message key is in {@code i18n/petitions}. */
public class PetitionException extends DomainException {

	public PetitionException(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
