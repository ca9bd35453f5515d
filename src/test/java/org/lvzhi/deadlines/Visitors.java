package org.lvzhi.deadlines;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.security.Principal;
import java.util.List;

import org.lvzhi.platform.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users for page tests, with the display name the shared layout greets them by. */
final class Visitors {

	private Visitors() {
	}

	record Visitor(String username, String displayName) implements SignedInUser, Principal {

		public long accountId() {
			return 0;
		}

		public Long personId() {
			return null;
		}

		public Long organizationId() {
			return null;
		}

		public String officeCode() {
			return null;
		}

		public String getName() {
			return username;
		}
	}

	static RequestPostProcessor signedIn(String username, String role) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(new Visitor(username, username), null,
				List.of(new SimpleGrantedAuthority("ROLE_" + role))));
	}

	static RequestPostProcessor staff() {
		return signedIn("clerk", "STAFF");
	}

	static RequestPostProcessor member() {
		return signedIn("member", "MEMBER");
	}

	static RequestPostProcessor admin() {
		return signedIn("root", "ADMIN");
	}
}
