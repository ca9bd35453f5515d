package org.lvzhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Office;
import org.lvzhi.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class SignInJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Test
	void anAdministratorSignsInSeesRealCountsSwitchesToEnglishAndSignsOut() throws Exception {
		accounts.open(new NewAccount("journey-admin", "Journey-pass-1", "旅程管理员", Role.ADMIN, null, null, null));
		accounts.open(new NewAccount("journey-staff", "Journey-pass-1", "旅程工作人员", Role.STAFF,
				Office.GENERAL_OFFICE.name(), null, null));
		try (Browser browser = Browser.desktop(port)) {
			try {
				browser.signIn("journey-admin", "Journey-pass-1");
				browser.waitForText("#signed-in-as", "旅程管理员");
				assertThat(browser.title()).isEqualTo("首页");
				assertThat(browser.text("#home-tiles")).contains("账户");

				browser.click("#lang-en");
				browser.waitForText("#logout", "Sign out");
				assertThat(browser.title()).isEqualTo("Home");
				assertThat(browser.text("#home-tiles")).contains("Accounts");

				browser.click("#logout");
				browser.waitForText("main", "You have signed out");
			}
			catch (AssertionError | RuntimeException e) {
				browser.screenshot("sign-in-journey");
				throw e;
			}
		}
	}
}
