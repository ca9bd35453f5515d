package org.lvzhi.demo;

import java.util.Comparator;
import java.util.List;

import org.lvzhi.directory.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Fills an empty installation with the demo world at start-up, then prints where to sign in and
 * with which accounts. A directory that holds anything is left alone, so a restart never loads
 * twice.
 */
@Component
@ConditionalOnProperty(name = "lvzhi.demo.enabled", havingValue = "true")
class DemoWorld implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoWorld.class);

	private final List<DemoContributor> contributors;
	private final Directory directory;
	private final DemoSettings settings;
	private final DemoAccounts accounts;
	private final Environment environment;

	DemoWorld(List<DemoContributor> contributors, Directory directory, DemoSettings settings, DemoAccounts accounts,
			Environment environment) {
		this.contributors = contributors.stream().sorted(Comparator.comparingInt(DemoContributor::order)).toList();
		this.directory = directory;
		this.settings = settings;
		this.accounts = accounts;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (directory.isEmpty()) {
			long started = System.nanoTime();
			DemoContext context = new DemoContext(settings.seed());
			for (DemoContributor contributor : contributors) {
				contributor.contribute(context);
			}
			log.info("Demo world loaded (seed {}) in {} ms: {} persons, {} bodies", settings.seed(),
					(System.nanoTime() - started) / 1_000_000, directory.countPersons(), directory.countOrganizations());
		}
		log.info(banner());
	}

	private String banner() {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		StringBuilder out = new StringBuilder("\n\n  履职 Lvzhi demo: http://localhost:" + port + "/\n\n");
		out.append(String.format("  %-14s %-16s %-8s %s%n", "username", "password", "role", "description"));
		for (DemoAccount a : accounts.list()) {
			out.append(String.format("  %-14s %-16s %-8s %s%n", a.username(), a.password(), a.role(), a.description()));
		}
		return out.toString();
	}
}
