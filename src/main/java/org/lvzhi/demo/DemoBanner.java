package org.lvzhi.demo;

import java.util.List;

import org.lvzhi.accounts.Accounts;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo sign-ins as the start-up log lists them: only those that work in this database right
 * now, each password checked against its account, so the log never promises a sign-in that fails.
 */
@Component
class DemoBanner {

	private final DemoAccounts demoAccounts;
	private final Accounts accounts;
	private final Environment environment;

	DemoBanner(DemoAccounts demoAccounts, Accounts accounts, Environment environment) {
		this.demoAccounts = demoAccounts;
		this.accounts = accounts;
		this.environment = environment;
	}

	/** The demo accounts whose published password signs in. */
	List<DemoAccount> working() {
		return demoAccounts.list().stream().filter(a -> accounts.signsInWith(a.username(), a.password())).toList();
	}

	/** Whether any demo account exists at all, working or not. */
	boolean anyExists() {
		return demoAccounts.list().stream().anyMatch(a -> accounts.exists(a.username()));
	}

	String url() {
		return "http://localhost:" + environment.getProperty("local.server.port",
				environment.getProperty("server.port", "8080")) + "/";
	}

	/** The table of sign-ins, one line each. */
	static String table(List<DemoAccount> working) {
		StringBuilder out = new StringBuilder(String.format("%-14s %-16s %-8s %s", "username", "password", "role",
				"description"));
		for (DemoAccount a : working) {
			out.append(String.format("%n%-14s %-16s %-8s %s", a.username(), a.password(), a.role(), a.description()));
		}
		return out.toString();
	}
}
