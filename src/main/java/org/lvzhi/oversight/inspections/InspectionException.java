package org.lvzhi.oversight.inspections;

import org.lvzhi.platform.DomainException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** An inspection request refused by a rule, with a message key the user reads. */
public class InspectionException extends DomainException {

	public InspectionException(String messageKey, Object... args) {
		super(messageKey, args);
	}

	static InspectionException illegalMove(ProblemState state, String action) {
		return new InspectionException("inspections.error.illegalMove",
				new DefaultMessageSourceResolvable("inspections.state." + state),
				new DefaultMessageSourceResolvable("inspections.action." + action));
	}
}
