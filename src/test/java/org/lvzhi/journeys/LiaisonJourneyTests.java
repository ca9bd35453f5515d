package org.lvzhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.liaison.DeputyIntakeCodes;
import org.lvzhi.liaison.StationQuery;
import org.lvzhi.liaison.Stations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A constituent scans a deputy's QR code on a phone and leaves an opinion; the deputies' affairs
 * office forwards it to a street office, records its answer, tells the constituent and closes it as
 * solved; the constituent's tracking page shows it, and so does the deputy's duty record.
 */
@IntegrationTest
class LiaisonJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Stations stations;
	@Autowired
	Directory directory;
	@Autowired
	DeputyIntakeCodes intakeCodes;
	@Autowired
	JdbcClient jdbc;

	@Test
	void anOpinionLeftOnlineIsForwardedClosedAsSolvedAndTracked() throws Exception {
		var station = stations.find(new StationQuery(null, null, "迎泽区", null, null), 1, 1).items().get(0);
		// The demo deputy signs in as daibiao; her QR code opens the form for her.
		PersonId deputyOfQr = new PersonId(jdbc.sql("SELECT person_id FROM accounts_account WHERE username = 'daibiao'")
			.query(Long.class)
			.single());
		String subject = "柳巷街道某小区楼道灯长期不亮" + System.nanoTime() % 100000;
		String code;
		try (Browser phone = Browser.phone(port)) {
			try {
				phone.open("/public/liaison/intake/" + intakeCodes.codeFor(deputyOfQr));
				assertThat(phone.text("#intake-target")).contains(directory.person(deputyOfQr).orElseThrow().name());
				phone.type("#subject", subject);
				phone.type("#body", "晚上上下楼很不方便，老人容易摔倒。");
				phone.type("#name", "赵女士");
				phone.type("#phone", "13512345678");
				// The form is submitted as the phone keyboard's Go key does; a click can land on the scrolled footer.
				// The browser first works out the form's proof of work (js/guard.js), then posts.
				phone.find("#phone").submit();
				phone.waitForPresent("#tracking-code", java.time.Duration.ofSeconds(60));
				code = phone.text("#tracking-code").strip();
				assertThat(code).hasSize(10);
			}
			catch (AssertionError | RuntimeException e) {
				phone.screenshot("liaison-journey-intake");
				throw e;
			}
		}
		try (Browser browser = Browser.desktop(port)) {
			try {
				browser.signIn("daibiao-gw", "daigong2023");
				browser.open("/liaison/opinions?text=" + code);
				browser.click("#opinions a[href*='/liaison/opinions/']");
				assertThat(browser.text("#constituent")).contains("13512345678");
				browser.type("#forward-body", "柳巷街道办事处");
				browser.click("#forward");
				browser.waitForText("#state", "已转办");
				browser.type("#answer-text", "街道已督促物业更换楼道灯");
				browser.click("#record-answer");
				browser.waitForText("#state", "已答复");
				browser.click("#tell");
				browser.waitForText("#state", "已告知群众");
				browser.click("#close-solved");
				browser.waitForText("#state", "已办结");
				// The station's deputies are picked by name: typing offers 姓名 #编号, choosing fills the field.
				var deputies = stations.get(station.id()).orElseThrow().deputies();
				var deputy = deputies.isEmpty() ? null : directory.person(deputies.get(0)).orElseThrow();
				if (deputy != null) {
					browser.open("/liaison/stations/" + station.id().value());
					browser.type("#assign-deputies", deputy.name());
					browser.waitForText("#assign-deputies-choices", deputy.name() + " #" + deputy.id().value());
					// Pressed from the keyboard: near the page's foot a click can land on the footer.
					browser.find("#assign-deputies-choices .picker-choice[data-value='" + deputy.name() + " #"
							+ deputy.id().value() + "']").sendKeys(org.openqa.selenium.Keys.ENTER);
					String chosen = deputy.name() + " #" + deputy.id().value() + "、";
					long until = System.currentTimeMillis() + 10_000;
					// htmx swaps the whole picker, so the field is looked up afresh until the swap is done.
					while (!chosen.equals(valueOf(browser, "#assign-deputies")) && System.currentTimeMillis() < until) {
						Thread.sleep(100);
					}
					assertThat(browser.find("#assign-deputies").getDomProperty("value")).isEqualTo(chosen);
					// Nothing is saved: the demo station keeps its deputies. A fresh page brings the bar back into view.
					browser.open("/liaison/stations");
				}
				browser.click("#logout");
				browser.waitForText("main", "已安全退出");

				browser.open("/public/liaison/track?code=" + code);
				assertThat(browser.text("#state")).isEqualTo("已办结");
				assertThat(browser.text("#solved")).isEqualTo("已解决");
				assertThat(browser.text("main")).contains("街道已督促物业更换楼道灯").doesNotContain("13512345678", "赵女士");

				// The deputy finds the opinion, handled and solved, in her duty record.
				browser.signIn("daibiao", "daibiao2023");
				browser.open("/duty/mine");
				assertThat(browser.text("#duty-entries")).contains(subject);
				browser.click("#logout");
				browser.waitForText("main", "已安全退出");
			}
			catch (AssertionError | RuntimeException e) {
				browser.screenshot("liaison-journey-office");
				throw e;
			}
		}
	}

	private static String valueOf(Browser browser, String css) {
		try {
			return browser.find(css).getDomProperty("value");
		}
		catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
			return null;
		}
	}
}
