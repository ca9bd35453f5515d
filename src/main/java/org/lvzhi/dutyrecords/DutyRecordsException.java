package org.lvzhi.dutyrecords;

import org.lvzhi.platform.DomainException;

/** A duty-records request refused by a rule, with a message key the user reads. */
class DutyRecordsException extends DomainException {

	DutyRecordsException(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
