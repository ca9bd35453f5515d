package org.lvzhi.reporting.annual;

import org.lvzhi.platform.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who writes the annual report: the general office (办公厅, whose research office drafts it), or the
 * administrator standing in. Everybody reads it once published.
 */
@Component("annualReportAccess")
public class ReportAccess {

	public static final String OFFICE = "GENERAL_OFFICE";

	public boolean isOffice(Authentication user) {
		return Roles.has(user, Roles.ADMIN) || (Roles.has(user, Roles.STAFF) && Roles.inOffice(user, OFFICE));
	}
}
