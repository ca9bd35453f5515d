package org.lvzhi.platform;

/**
 * A form anybody may send without an account, and its allowance.
 *
 * @param name the form's name, e.g. {@code legislation.comment}; allowances and tokens are kept per name
 * @param perHour posts one client address may send per target and clock hour; a network
 *     ({@code lvzhi.abuse.ipv4-prefix}/{@code ipv6-prefix}) may send {@code lvzhi.abuse.network-factor}
 *     times as many
 */
public record AnonymousForm(String name, int perHour) {

	public AnonymousForm {
		if (name == null || name.isBlank() || name.length() > 64) {
			throw new IllegalArgumentException("form name");
		}
		if (perHour < 1) {
			throw new IllegalArgumentException("perHour must be at least 1");
		}
	}
}
