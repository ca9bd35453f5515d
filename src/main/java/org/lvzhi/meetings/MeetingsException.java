package org.lvzhi.meetings;

import org.lvzhi.platform.DomainException;

/** A meetings request refused by a rule, with a message key of the {@code meetings} bundle. */
public class MeetingsException extends DomainException {

	public MeetingsException(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
