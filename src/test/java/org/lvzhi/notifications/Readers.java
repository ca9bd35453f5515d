package org.lvzhi.notifications;

import java.util.List;

import org.lvzhi.platform.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Signed-in users as the security principal presents them, to derive inbox readers from. */
final class Readers {

	private Readers() {
	}

	record User(long accountId, Long personId, Long organizationId, String officeCode) implements SignedInUser {

		public String displayName() {
			return "读者" + accountId;
		}
	}

	static Authentication signedIn(User user, String role) {
		return UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + role)));
	}

	static Reader unit(long accountId, long organizationId) {
		return Reader.of(signedIn(new User(accountId, null, organizationId, null), "UNIT"));
	}

	static Reader deputy(long accountId, long personId) {
		return Reader.of(signedIn(new User(accountId, personId, null, null), "DEPUTY"));
	}

	static Reader staff(long accountId, String office) {
		return Reader.of(signedIn(new User(accountId, null, null, office), "STAFF"));
	}

	static Reader admin(long accountId) {
		return Reader.of(signedIn(new User(accountId, null, null, null), "ADMIN"));
	}
}
