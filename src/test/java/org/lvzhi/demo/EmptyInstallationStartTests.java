package org.lvzhi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lvzhi.EmptyInstallationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.lvzhi.directory.Directory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new installation on a database without accounts, the demo not asked for. */
@EmptyInstallationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmptyInstallationStartTests {

	@Autowired
	DemoWorld world;
	@Autowired
	Directory directory;
	@Autowired
	Accounts accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	DemoAccounts demoAccounts;

	@Test
	@Order(1)
	void aStartWithoutTheDemoLoadsNothingSaysSoAndPrintsNoDemoAccount() {
		String report = world.start();

		// Empty, or with the administrator another test of this installation created at /setup.
		assertThat(report).containsAnyOf("Data: empty database. The demo world is not loaded: LVZHI_DEMO=false.",
				"Data: production data");
		assertThat(report).doesNotContain("admin2023").doesNotContain("履职 Lvzhi demo");
		assertThat(directory.isEmpty()).isTrue();
		assertThat(loadedParts()).isZero();
		for (DemoAccount demo : demoAccounts.list()) {
			assertThat(accounts.exists(demo.username()) && accounts.signsInWith(demo.username(), demo.password()))
				.as(demo.username()).isFalse();
		}
	}

	@Test
	@Order(2)
	void aDatabaseFilledBeforeLoadsWereRecordedIsLeftAloneAndItsWorkingDemoPasswordsAreNamed() {
		// What an earlier version's demo load left: a demo account, and no record of parts.
		accounts.openWithPublishedPassword(new NewAccount("gongzhong", "gongzhong2023", "公众用户", Role.PUBLIC, null, null, null));

		String report = world.start();

		assertThat(report).contains("Data: a demo world loaded by an earlier version of Lvzhi")
			.contains("Nothing is loaded")
			.contains("although the demo is not asked for: gongzhong.");
		assertThat(directory.isEmpty()).isTrue();
		assertThat(loadedParts()).isZero();
	}

	private long loadedParts() {
		return jdbc.sql("SELECT COUNT(*) FROM demo_load_part").query(Long.class).single();
	}
}
