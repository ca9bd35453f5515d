package org.lvzhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.SittingCommands;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.meetings.Sittings;
import org.lvzhi.meetings.VoteId;
import org.lvzhi.meetings.voting.VotingService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A sitting as the general office and a member click it: the office plans it, builds its agenda
 * from an item due, sends the notice; the member opens it from her inbox; the office opens the
 * sitting, records attendance and opens a vote; the member votes on her phone; the office closes
 * the vote, publishes the communiqué, and the public page shows the result and the communiqué.
 */
@IntegrationTest
class SittingJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Deadlines deadlines;
	@Autowired
	Sittings sittings;
	@Autowired
	SittingCommands commands;
	@Autowired
	Directory directory;
	@Autowired
	VotingService voting;

	@Test
	void theOfficePlansNotifiesAndRunsAVoteTheMemberReadsTheNoticeAndVotes() throws Exception {
		String term = String.valueOf(80 + (int) (System.nanoTime() % 19));
		String on = deadlines.today().plusDays(20).toString();
		try (Browser browser = Browser.desktop(port)) {
			try {
				browser.signIn("bangongting", "bgt2023ty");
				browser.open("/meetings");
				new Select(browser.find("#plan-sitting select[name=kind]")).selectByValue("STANDING_COMMITTEE");
				WebElement termField = browser.find("#plan-sitting input[name=term]");
				termField.clear();
				termField.sendKeys(term);
				setValue(browser, "#plan-sitting input[name=on]", on);
				browser.type("#plan-sitting input[name=place]", "常委会会议室（浏览器）");
				press(browser, "#plan-sitting button");
				browser.waitForText("#state", "已安排");
				String page = browser.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
				SittingId id = new SittingId(Long.parseLong(page.replaceAll("\\D+", "")));

				String title = browser.text("#candidates li > span > span:nth-of-type(2)");
				assertThat(title).isNotBlank();
				press(browser, "#candidates li form button");
				browser.waitForText("#agenda", title);
				press(browser, "form[action$='/notify'] button");
				browser.waitForText("#state", "已通知");
				SittingView s = sittings.get(id).orElseThrow();
				signOut(browser);

				browser.signIn("weimin", "weimin2023");
				String notice = "会议通知：第" + s.number() + "次会议";
				WebElement link = null;
				for (int tries = 0; link == null && tries < 20; tries++) {
					browser.open("/inbox");
					for (WebElement a : browser.driver.findElements(By.cssSelector("#inbox a"))) {
						if (a.getText().contains(notice) && a.getText().contains(on)) {
							link = a;
						}
					}
					if (link == null) {
						Thread.sleep(500);
					}
				}
				assertThat(link).as("the notice in the member's inbox").isNotNull();
				link.click();
				browser.waitForText("#state", "已通知");
				assertThat(browser.driver.getCurrentUrl()).endsWith(page);
				assertThat(browser.text("#sitting")).contains("常委会会议室（浏览器）");
				signOut(browser);

				browser.signIn("bangongting", "bgt2023ty");
				browser.open(page);
				press(browser, "form[action$='/open'] button");
				browser.waitForText("#state", "举行中");
				// All but one member are recorded present by the office's staff at the door; the last by a click.
				List<PersonId> members = directory.standingCommitteeMembersOn(s.heldOn());
				for (PersonId m : members.subList(0, members.size() - 1)) {
					commands.attendance(id, m, true);
				}
				browser.open(page);
				List<WebElement> rows = browser.driver.findElements(By.cssSelector("#attendance tr"));
				WebElement last = rows.getLast();
				new Select(last.findElement(By.cssSelector("select[name=status]"))).selectByValue("PRESENT");
				((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();",
						last.findElement(By.cssSelector("button")));
				browser.waitForText("body", "出席情况已保存");
				String votes = browser.find("#agenda a[href*='/votes']").getAttribute("href").replaceFirst("^https?://[^/]+", "");
				browser.open(votes);
				press(browser, "#open-vote button");
				browser.waitForText(".vote-round", "表决中");
				String close = browser.find(".vote-round form[action$='/close']").getAttribute("action");
				VoteId vote = new VoteId(Long.parseLong(close.replaceFirst(".*/votes/(\\d+)/close$", "$1")));
				signOut(browser);

				// The member votes on her phone.
				try (Browser phone = Browser.phone(port)) {
					try {
						phone.signIn("weimin", "weimin2023");
						phone.open(votes);
						press(phone, ".ballot button[value=YES]");
						phone.waitForText(".vote-round", "您已投票");
						assertThat(phone.driver.findElements(By.cssSelector(".ballot"))).isEmpty();
					}
					catch (AssertionError | RuntimeException e) {
						phone.screenshot("sitting-journey-phone");
						throw e;
					}
				}
				// The other members vote on their own devices meanwhile.
				int refused = 0;
				for (PersonId m : members) {
					try {
						voting.cast(vote, m, "YES");
					}
					catch (RuntimeException alreadyVoted) {
						refused++;
					}
				}
				assertThat(refused).as("only the member who voted in the browser has voted already").isEqualTo(1);

				browser.signIn("bangongting", "bgt2023ty");
				browser.open(votes);
				press(browser, ".vote-round form[action$='/close'] button");
				browser.waitForText(".vote-round", "已结束", Duration.ofSeconds(10));
				assertThat(browser.text(".vote-round .results")).contains("赞成: " + members.size());
				assertThat(browser.text(".vote-round .result")).startsWith("通过");

				// The office writes and publishes the sitting's communiqué.
				String communique = "第" + s.number() + "次会议表决通过了有关事项。（浏览器）";
				browser.open(page);
				browser.type("#communique-text", communique);
				press(browser, "#communique-form button");
				browser.waitForText("body", "公告已保存");
				press(browser, "#communique-publish button");
				browser.waitForText("#communique-state", "发布");
				signOut(browser);

				// Anybody reads the result and the communiqué on the public page.
				browser.open("/public/meetings/" + id.value());
				browser.waitForText("#public-agenda", title);
				assertThat(browser.text("#public-agenda .public-result")).contains("赞成 " + members.size());
				assertThat(browser.text("#public-communique")).contains(communique).contains("公告第");
				browser.open("/public/meetings/communiques");
				assertThat(browser.text("main")).contains(communique);
			}
			catch (AssertionError | RuntimeException e) {
				browser.screenshot("sitting-journey");
				throw e;
			}
		}
	}

	private static void press(Browser browser, String css) {
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", browser.find(css));
	}

	private static void setValue(Browser browser, String css, String value) {
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
	}

	private static void signOut(Browser browser) {
		// A page that opened at an anchor (#communique) is scrolled: the button is clicked where it is.
		press(browser, "#logout");
		browser.waitForText("main", "已安全退出");
	}
}
