package org.lvzhi.legislation;

import org.lvzhi.platform.DomainException;

/** A legislation request refused by a rule; the message key explains why in the user's language. */
public class LegislationException extends DomainException {

	public LegislationException(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
