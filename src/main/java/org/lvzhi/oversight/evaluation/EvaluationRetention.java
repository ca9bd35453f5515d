package org.lvzhi.oversight.evaluation;

import org.lvzhi.platform.RetentionRule;
import org.lvzhi.platform.RetentionSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Who held which access code of an evaluation is forgotten {@code lvzhi.retention.evaluation-access-days}
 * after it closed: the raters' link to a person is erased; scores and counts stay.
 */
@Configuration(proxyBeanMethods = false)
class EvaluationRetention {

	@Bean
	RetentionRule evaluationAccessRetention(JdbcClient jdbc) {
		return RetentionRule.of("oversight.evaluationAccess", RetentionSettings::evaluationAccessDays,
				before -> jdbc.sql("""
						UPDATE oversight_evaluation_rater SET person_id = NULL
						WHERE person_id IS NOT NULL
						AND evaluation_id IN (SELECT id FROM oversight_evaluation WHERE closed_on < ?)""")
					.param(before.toLocalDate())
					.update());
	}
}
