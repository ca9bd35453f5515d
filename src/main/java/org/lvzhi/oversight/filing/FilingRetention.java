package org.lvzhi.oversight.filing;

import org.lvzhi.platform.RetentionRule;
import org.lvzhi.platform.RetentionSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The requester of a citizen's filing-review request is anonymised and the contact erased
 * {@code lvzhi.retention.filing-requester-days} after the reply (or the request, when never replied).
 */
@Configuration(proxyBeanMethods = false)
class FilingRetention {

	static final String ANONYMISED = "—";

	@Bean
	RetentionRule filingRequesterRetention(JdbcClient jdbc) {
		return RetentionRule.of("oversight.filingRequester", RetentionSettings::filingRequesterDays,
				before -> jdbc.sql("""
						UPDATE oversight_filing_request SET requester = :gone, contact = NULL, version = version + 1
						WHERE COALESCE(replied_on, submitted_on) < :before AND (requester <> :gone OR contact IS NOT NULL)""")
					.param("gone", ANONYMISED)
					.param("before", before.toLocalDate())
					.update());
	}
}
