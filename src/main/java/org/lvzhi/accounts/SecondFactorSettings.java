package org.lvzhi.accounts;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The second factor ({@code lvzhi.accounts.*}): a time-based one-time code (TOTP, RFC 6238) from
 * an authenticator app, besides the password.
 *
 * @param totpRequiredRoles roles whose accounts must use it (comma-separated, {@code NONE} for
 *     none): they are sent to enrol at their next sign-in and can do nothing else before. 等保 2.0
 *     level 3 asks it of administrators. Not set ({@code AUTO}): {@code ADMIN} outside the demo
 *     world, none in it, so that the demo accounts sign in with the passwords the README prints
 *     ({@link SecondFactorPolicy} decides which this installation is). Any account may enrol, and an
 *     enrolled account is always asked for a code.
 * @param totpIssuer the name the authenticator app shows next to the account
 */
@ConfigurationProperties("lvzhi.accounts")
record SecondFactorSettings(String totpRequiredRoles, String totpIssuer) {

	static final String AUTO = "AUTO";

	SecondFactorSettings {
		totpRequiredRoles = totpRequiredRoles == null || totpRequiredRoles.isBlank() ? AUTO
				: totpRequiredRoles.strip().toUpperCase(Locale.ROOT);
		totpIssuer = totpIssuer == null || totpIssuer.isBlank() ? "履职" : totpIssuer.strip();
	}

	/** The roles that must use a second factor in an installation with or without the demo world. */
	Set<Role> requiredRoles(boolean demoWorld) {
		if (AUTO.equals(totpRequiredRoles)) {
			return demoWorld ? Set.of() : Set.of(Role.ADMIN);
		}
		if ("NONE".equals(totpRequiredRoles)) {
			return Set.of();
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(totpRequiredRoles.split(",")).map(String::strip).filter(s -> !s.isEmpty())
			.forEach(s -> roles.add(Role.valueOf(s)));
		return Set.copyOf(roles);
	}
}
