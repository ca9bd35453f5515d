package org.lvzhi.appointments;

import org.lvzhi.platform.DomainException;

/** A request refused by a rule of appointments, with a message key of the {@code appointments} bundle. */
public class AppointmentsException extends DomainException {

	public AppointmentsException(String messageKey, Object... args) {
		super(messageKey, args);
	}
}
