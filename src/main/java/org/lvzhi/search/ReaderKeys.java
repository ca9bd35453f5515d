package org.lvzhi.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.Authentication;

/**
 * The scope keys a signed-in user reads documents with: everybody {@code public}; staff and
 * administrators {@code staff}, staff also {@code office:<code>} of the office they work in and
 * administrators {@code admin}, for records only one office's pages show; a handling unit
 * {@code org:<id>}; a deputy or committee member {@code person:<id>}, a committee member
 * {@code members} as well; every signed-in user
 * {@code account:<id>}.
 */
final class ReaderKeys {

	private ReaderKeys() {
	}

	static Set<String> of(Authentication auth) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add("public");
		if (auth == null) {
			return keys;
		}
		if (Roles.has(auth, Roles.STAFF) || Roles.has(auth, Roles.ADMIN)) {
			keys.add("staff");
		}
		if (Roles.has(auth, Roles.ADMIN)) {
			keys.add(SearchDocument.ADMIN);
		}
		if (Roles.has(auth, Roles.STAFF)) {
			// The office as the pages check it (Roles.inOffice): from the account's authorities.
			auth.getAuthorities().stream()
				.map(a -> a.getAuthority())
				.filter(a -> a != null && a.startsWith(Roles.OFFICE_PREFIX))
				.forEach(a -> keys.add(SearchDocument.officeReader(a.substring(Roles.OFFICE_PREFIX.length()))));
		}
		SignedInUser user = SignedInUser.of(auth);
		if (user != null) {
			keys.add(SearchDocument.accountReader(user.accountId()));
			if (Roles.has(auth, Roles.UNIT) && user.organizationId() != null) {
				keys.add("org:" + user.organizationId());
			}
			String office = user.officeCode();
			if (office != null && !office.isBlank() && Roles.has(auth, Roles.STAFF)
					&& Roles.inOffice(auth, office)) {
				keys.add(SearchDocument.officeReader(office));
			}
			if ((Roles.has(auth, Roles.DEPUTY) || Roles.has(auth, Roles.MEMBER)) && user.personId() != null) {
				keys.add("person:" + user.personId());
			}
			if (Roles.has(auth, Roles.MEMBER) && user.personId() != null) {
				keys.add(SearchDocument.MEMBERS);
			}
		}
		return keys;
	}
}
