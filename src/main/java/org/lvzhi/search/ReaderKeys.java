package org.lvzhi.search;

import java.util.LinkedHashSet;
import java.util.Set;

import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.Authentication;

/**
 * The scope keys a signed-in user reads documents with: everybody {@code public}; staff and
 * administrators {@code staff}; a handling unit {@code org:<id>}; a deputy or committee member
 * {@code person:<id>}, a committee member {@code members} as well; every signed-in user
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
		SignedInUser user = SignedInUser.of(auth);
		if (user != null) {
			keys.add(SearchDocument.accountReader(user.accountId()));
			if (Roles.has(auth, Roles.UNIT) && user.organizationId() != null) {
				keys.add("org:" + user.organizationId());
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
