package org.lvzhi.accounts;

import java.util.Set;

import javax.sql.DataSource;

import org.lvzhi.platform.Databases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which roles must use a second factor in this installation. Whether it holds the demo world is
 * decided as the demo module decides it: {@code LVZHI_DEMO} when set, otherwise the embedded
 * database holds it and a server database does not.
 */
@Component
class SecondFactorPolicy {

	private final Set<Role> required;
	private final String issuer;

	@Autowired
	SecondFactorPolicy(SecondFactorSettings settings, Environment environment, DataSource dataSource) {
		String demo = environment.getProperty("lvzhi.demo.enabled", "").strip();
		boolean demoWorld = demo.isEmpty() ? Databases.isEmbedded(dataSource) : Boolean.parseBoolean(demo);
		this.required = settings.requiredRoles(demoWorld);
		this.issuer = settings.totpIssuer();
	}

	SecondFactorPolicy(Set<Role> required, String issuer) {
		this.required = Set.copyOf(required);
		this.issuer = issuer;
	}

	boolean required(Role role) {
		return required.contains(role);
	}

	String issuer() {
		return issuer;
	}
}
