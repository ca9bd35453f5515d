package org.lvzhi.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.core.Authentication;

import jakarta.servlet.http.HttpSession;

/**
 * A sign-in whose password was right and whose one-time code is still to come. It waits in the
 * session, not in the security context: until the code is given nobody is signed in.
 */
record PendingSignIn(Authentication authentication, Instant since) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String ATTRIBUTE = PendingSignIn.class.getName();

	/** The code is to be given within this time, or the password is asked again. */
	static final Duration PATIENCE = Duration.ofMinutes(5);

	LvzhiPrincipal principal() {
		return (LvzhiPrincipal) authentication.getPrincipal();
	}

	static PendingSignIn of(HttpSession session, Instant now) {
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending)) {
			return null;
		}
		if (pending.since().plus(PATIENCE).isBefore(now)) {
			session.removeAttribute(ATTRIBUTE);
			return null;
		}
		return pending;
	}
}
