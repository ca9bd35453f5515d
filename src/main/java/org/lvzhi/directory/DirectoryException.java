package org.lvzhi.directory;

import org.lvzhi.platform.DomainException;

/** A directory change refused by a rule, with a message key the user reads. */
public class DirectoryException extends DomainException {

	public DirectoryException(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
