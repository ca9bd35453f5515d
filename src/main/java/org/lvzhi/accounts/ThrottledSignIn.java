package org.lvzhi.accounts;

import java.time.OffsetDateTime;

import org.lvzhi.platform.AbuseControl;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password step of signing in. A client locked for a name is refused before its password is
 * even hashed, with the same answer whether the name exists or not; a wrong password is counted;
 * a disabled account is named only to whoever gave its right password (checking it before the
 * password, as Spring Security does by default, would tell anybody which names exist).
 */
class ThrottledSignIn implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;
	private final SignInThrottle throttle;
	private final SignInAudit audit;
	private final AbuseControl abuse;

	ThrottledSignIn(AccountUserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle, SignInAudit audit,
			AbuseControl abuse) {
		this.throttle = throttle;
		this.audit = audit;
		this.abuse = abuse;
		this.passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		passwords.setPreAuthenticationChecks(user -> {
		});
		passwords.setPostAuthenticationChecks(user -> {
			if (!user.isEnabled()) {
				throw new DisabledException("disabled");
			}
		});
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String name = attempt.getName();
		String client = client(attempt);
		OffsetDateTime until = throttle.lockedUntil(name, client);
		if (until != null) {
			throw new LockedException("locked");
		}
		try {
			Authentication result = passwords.authenticate(attempt);
			throttle.succeeded(name, client);
			return result;
		}
		catch (BadCredentialsException e) {
			audit.failed(name, client, throttle.failed(name, client));
			throw e;
		}
	}

	/** The machine the attempt came from, as the throttle counts it. */
	private String client(Authentication attempt) {
		String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
		return abuse.host(address == null ? "?" : address);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
