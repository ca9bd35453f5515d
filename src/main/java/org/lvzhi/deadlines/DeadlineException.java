package org.lvzhi.deadlines;

import org.lvzhi.platform.DomainException;

/** A refused calendar or deadline request, with a message key the user will read. */
public class DeadlineException extends DomainException {

	public DeadlineException(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
