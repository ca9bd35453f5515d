package org.lvzhi.oversight.plan;

import org.lvzhi.platform.RetentionRule;
import org.lvzhi.platform.RetentionSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The name (and contact) of a member of the public who proposed an oversight topic is anonymised
 * {@code lvzhi.retention.topic-proposer-days} after the proposal; topics from deputies and organs
 * keep their proposer.
 */
@Configuration(proxyBeanMethods = false)
class TopicRetention {

	static final String ANONYMISED = "—";

	@Bean
	RetentionRule topicProposerRetention(JdbcClient jdbc) {
		return RetentionRule.of("oversight.topicProposer", RetentionSettings::topicProposerDays,
				before -> jdbc.sql("""
						UPDATE oversight_topic SET proposer = :gone, version = version + 1
						WHERE source = 'PUBLIC' AND submitted_on < :before AND proposer <> :gone""")
					.param("gone", ANONYMISED)
					.param("before", before.toLocalDate())
					.update());
	}
}
