package org.lvzhi.reporting.annual;

import org.lvzhi.platform.DomainException;

/** A move on an annual report refused by a rule; the key names the reason in the bundles. */
class AnnualReportException extends DomainException {

	AnnualReportException(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
