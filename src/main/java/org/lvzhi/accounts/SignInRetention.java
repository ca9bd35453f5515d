package org.lvzhi.accounts;

import org.lvzhi.platform.RetentionRule;
import org.lvzhi.platform.RetentionSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The failed sign-ins of a client (its address or IPv6 network) are removed
 * {@code lvzhi.retention.client-hash-days} after the last one, unless a lock still runs.
 */
@Configuration(proxyBeanMethods = false)
class SignInRetention {

	@Bean
	RetentionRule signInFailureRetention(JdbcClient jdbc) {
		return RetentionRule.of("accounts.signInFailure", RetentionSettings::clientHashDays,
				before -> jdbc.sql("""
						DELETE FROM accounts_sign_in_failure
						WHERE last_failure_at < :before AND (locked_until IS NULL OR locked_until < :before)""")
					.param("before", before)
					.update());
	}
}
