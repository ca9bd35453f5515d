package org.lvzhi;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Starts every test run from an empty schema, so that a PostgreSQL test database left over from
 * an earlier run cannot change the outcome.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfig {

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return flyway -> {
			flyway.clean();
			flyway.migrate();
		};
	}
}
