package org.lvzhi.liaison;

import org.lvzhi.platform.RetentionRule;
import org.lvzhi.platform.RetentionSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A constituent's name and phone are erased from an opinion closed more than
 * {@code lvzhi.retention.constituent-contact-days} ago; the opinion, its subject and its timeline stay.
 */
@Configuration(proxyBeanMethods = false)
class LiaisonRetention {

	@Bean
	RetentionRule constituentContactRetention(JdbcClient jdbc) {
		return RetentionRule.of("liaison.constituentContact", RetentionSettings::constituentContactDays,
				before -> jdbc.sql("""
						UPDATE liaison_opinion SET constituent_name = NULL, constituent_phone = NULL, version = version + 1
						WHERE closed_on < ? AND (constituent_name IS NOT NULL OR constituent_phone IS NOT NULL)""")
					.param(before.toLocalDate())
					.update());
	}
}
