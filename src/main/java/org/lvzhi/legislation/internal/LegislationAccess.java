package org.lvzhi.legislation.internal;

import org.lvzhi.platform.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What only the legislative office may do, named for {@code @PreAuthorize} expressions and
 * templates: record a reading's vote, read commenters' contact details and publish texts to the
 * public library. The Legislative Affairs Commission (法工委) and the Legal Affairs Committee's office
 * (法制委员会, which deliberates every draft in a unified way) run legislation; other offices'
 * staff read and work on drafts but do none of these. The administrator may.
 */
@Component("legislationAccess")
public class LegislationAccess {

	public static final String LEGISLATIVE_AFFAIRS = "LEGISLATIVE_AFFAIRS";
	public static final String LEGAL_COMMITTEE = "LEGAL_COMMITTEE";

	public boolean isLegislativeOffice(Authentication user) {
		return Roles.has(user, Roles.ADMIN) || (Roles.has(user, Roles.STAFF)
				&& (Roles.inOffice(user, LEGISLATIVE_AFFAIRS) || Roles.inOffice(user, LEGAL_COMMITTEE)));
	}
}
