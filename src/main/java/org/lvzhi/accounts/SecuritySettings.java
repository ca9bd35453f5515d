package org.lvzhi.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in and password rules ({@code lvzhi.security.*}).
 *
 * @param maxFailedLogins failed sign-ins in a row for one account from one client after which that
 *     client may not sign in to it for a while (5)
 * @param lockMinutes how long the first lock lasts; each further lock of the same pair lasts twice
 *     as long as the one before (15)
 * @param maxLockMinutes the longest a lock lasts (1,440: one day)
 * @param maxFailedPerClient failed sign-ins from one client over all user names after which the
 *     client may not sign in at all for a while, with the same back-off (20)
 * @param forgetHours failures and earlier locks are forgotten after this many quiet hours (24)
 * @param minPasswordLength the shortest password (8, NIST SP 800-63B)
 * @param privilegedMinPasswordLength the shortest password of office staff and administrators (12)
 * @param maxPasswordLength the longest password accepted (128; NIST asks for at least 64)
 * @param registrationsPerHour public accounts one client address may open per hour (5)
 */
@ConfigurationProperties("lvzhi.security")
record SecuritySettings(Integer maxFailedLogins, Integer lockMinutes, Integer maxLockMinutes, Integer maxFailedPerClient,
		Integer forgetHours, Integer minPasswordLength, Integer privilegedMinPasswordLength, Integer maxPasswordLength,
		Integer registrationsPerHour) {

	SecuritySettings {
		maxFailedLogins = positive(maxFailedLogins, 5);
		lockMinutes = positive(lockMinutes, 15);
		maxLockMinutes = Math.max(lockMinutes, positive(maxLockMinutes, 24 * 60));
		maxFailedPerClient = positive(maxFailedPerClient, 20);
		forgetHours = positive(forgetHours, 24);
		minPasswordLength = Math.max(8, positive(minPasswordLength, 8));
		privilegedMinPasswordLength = Math.max(minPasswordLength, positive(privilegedMinPasswordLength, 12));
		maxPasswordLength = Math.max(64, positive(maxPasswordLength, 128));
		registrationsPerHour = positive(registrationsPerHour, 5);
	}

	private static int positive(Integer value, int fallback) {
		return value == null || value < 1 ? fallback : value;
	}

	/** The shortest password for an account of this role. */
	int minPasswordLength(Role role) {
		return role == Role.ADMIN || role == Role.STAFF ? privilegedMinPasswordLength : minPasswordLength;
	}
}
