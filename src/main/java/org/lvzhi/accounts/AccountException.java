package org.lvzhi.accounts;

import org.lvzhi.platform.DomainException;

/** A refused account operation, with a message key the user will read. */
public class AccountException extends DomainException {

	public AccountException(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
