package org.lvzhi.suggestions.bills;

import org.lvzhi.platform.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A bill request refused by a rule, with a message key the user reads. */
class BillException extends DomainException {

	BillException(String messageKey, Object... args) {
		super(messageKey, args);
	}

	static BillException illegalMove(BillState state, String action) {
		return new BillException("bills.error.illegalMove", new DefaultMessageSourceResolvable("bills.state." + state),
				new DefaultMessageSourceResolvable("bills.action." + action));
	}
}
