package org.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Which roles must use a second factor, as application.yml and the installation decide it:
 * administrators outside the demo world, nobody in it (the README's demo accounts sign in with their
 * passwords), and whatever {@code LVZHI_TOTP_REQUIRED_ROLES} says when it is set.
 */
class SecondFactorDefaultsTests {

	@ParameterizedTest
	@CsvSource(delimiter = ';', value = { ";false;[ADMIN]", ";true;[]", "ADMIN,STAFF;true;[ADMIN, STAFF]",
			"STAFF;false;[STAFF]", "none;false;[]" })
	void theRequiredRolesFollowTheDemoWorldUnlessSetExplicitly(String explicit, boolean demoWorld, String expected)
			throws Exception {
		assertThat(settings(explicit, Map.of()).requiredRoles(demoWorld).stream().sorted().toList())
			.hasToString(expected);
	}

	/** bin/run on a fresh machine: LVZHI_DEMO not set, the embedded database, so the demo world. */
	@Test
	void withTheDemoSettingUnsetTheEmbeddedDatabaseIsTheDemoWorldAndAServerDatabaseIsNot() throws Exception {
		StandardEnvironment environment = environment(null, Map.of());
		assertThat(environment.getProperty("lvzhi.demo.enabled")).isEmpty();
		SecondFactorSettings settings = Binder.get(environment).bind("lvzhi.accounts", SecondFactorSettings.class).get();
		JdbcDataSource embedded = new JdbcDataSource();
		embedded.setURL("jdbc:h2:mem:second-factor-defaults");
		SecondFactorPolicy policy = new SecondFactorPolicy(settings, environment, embedded);
		assertThat(policy.required(Role.ADMIN)).isFalse();

		StandardEnvironment asked = environment(null, Map.of("lvzhi.demo.enabled", "false"));
		assertThat(new SecondFactorPolicy(settings, asked, embedded).required(Role.ADMIN)).isTrue();
	}

	private static SecondFactorSettings settings(String explicit, Map<String, Object> more) throws Exception {
		return Binder.get(environment(explicit, more)).bind("lvzhi.accounts", SecondFactorSettings.class).get();
	}

	private static StandardEnvironment environment(String explicit, Map<String, Object> more) throws Exception {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
			.forEach(environment.getPropertySources()::addLast);
		Map<String, Object> given = new java.util.HashMap<>(more);
		if (explicit != null) {
			given.put("LVZHI_TOTP_REQUIRED_ROLES", explicit);
		}
		environment.getPropertySources().addFirst(new MapPropertySource("given", given));
		return environment;
	}
}
