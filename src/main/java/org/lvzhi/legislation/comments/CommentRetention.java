package org.lvzhi.legislation.comments;

import org.lvzhi.platform.RetentionRule;
import org.lvzhi.platform.RetentionSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A commenter's name and contact are erased from comments older than
 * {@code lvzhi.retention.commenter-contact-days}; the comment and its decision stay.
 */
@Configuration(proxyBeanMethods = false)
class CommentRetention {

	@Bean
	RetentionRule commenterContactRetention(JdbcClient jdbc) {
		return RetentionRule.of("legislation.commenterContact", RetentionSettings::commenterContactDays,
				before -> jdbc.sql("""
						UPDATE legislation_comment SET author_name = NULL, contact = NULL, ip_key = NULL, version = version + 1
						WHERE submitted_at < ? AND (author_name IS NOT NULL OR contact IS NOT NULL OR ip_key IS NOT NULL)""")
					.param(before)
					.update());
	}
}
