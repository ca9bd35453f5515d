package org.lvzhi.oversight;

import org.lvzhi.platform.DomainException;

/** An oversight request refused by a rule, with a message key of the {@code oversight} bundle. */
public class OversightException extends DomainException {

	public OversightException(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
