package org.lvzhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.MembershipView;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.RegisterPerson;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.VoteId;
import org.lvzhi.meetings.sittings.SittingFixture;
import org.lvzhi.meetings.voting.VotingService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * An appointment as the office, a member and the public click it: the office registers the mayor's
 * motion for a vice mayor, accepts it, puts it before a sitting and records the review; the
 * nominee is put on the sitting's agenda and voted on in secret, the member on her phone; the
 * office issues the letter, records the oath and publishes the list; the public list and the
 * current holders show the new vice mayor, whose membership in the directory starts on the vote's day.
 */
@IntegrationTest
class AppointmentJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;
	@Autowired
	Directory directory;
	@Autowired
	RegisterPerson register;
	@Autowired
	VotingService voting;

	@Test
	void aMotionGoesFromTheFormThroughASecretVoteOnAPhoneToTheLetterTheOathAndThePublicList() throws Exception {
		String name = "旅程拟任" + (System.nanoTime() % 100000);
		PersonId person = register.register(new PersonDetails(name, Gender.FEMALE, "汉族", "太原市晋源区区长", null));
		long government = directory.organizationNamed("太原市人民政府").orElseThrow().id().value();
		SittingFixture sittings = new SittingFixture(context);
		SittingId sitting = sittings.held(SittingFixture.DAY, sittings.members().size());
		try (Browser browser = Browser.desktop(port)) {
			try {
				browser.signIn("bangongting", "bgt2023ty");
				browser.open("/appointments/new");
				browser.type("#title", "关于提请任命" + name + "职务的议案");
				setValue(browser, "#submittedOn", SittingFixture.DAY.minusDays(15).toString());
				browser.type("#reasons", "根据工作需要，提请任命。");
				browser.type("#materials", "任免议案；考察材料；本人简历");
				new Select(browser.find("select[name='nominees[0].kind']")).selectByValue("APPOINT");
				setValue(browser, "#nominee-0-person-value", String.valueOf(person.value()));
				setValue(browser, "#nominee-0-person", name);
				setValue(browser, "#nominee-0-body-value", String.valueOf(government));
				setValue(browser, "#nominee-0-body", "太原市人民政府");
				new Select(browser.find("select[name='nominees[0].role']")).selectByValue("DEPUTY_HEAD");
				browser.type("input[name='nominees[0].label']", "副市长");
				browser.type("textarea[name='nominees[0].record']", "1978年生，研究生学历，现任太原市晋源区区长。");
				press(browser, "#motion-form button[type=submit]");
				browser.waitForText("#state", "已提请");
				String motion = path(browser);
				press(browser, "#accept");
				browser.waitForText("#state", "已受理");
				setValue(browser, "#schedule-form input[name=day]", SittingFixture.DAY.toString());
				press(browser, "#schedule");
				browser.waitForText("#state", "已提请会议");
				browser.type("#review-text", "经审查，拟任人员符合任职条件。");
				press(browser, "#record-review");
				browser.waitForText("#state", "已审查");

				browser.open("/meetings/" + sitting.value());
				WebElement due = row(browser, "#candidates li", name);
				((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();",
						due.findElement(By.cssSelector("form button")));
				browser.waitForText("#agenda", name);
				String votes = row(browser, "#agenda tr", name).findElement(By.cssSelector("a[href*='/votes']"))
					.getAttribute("href").replaceFirst("^https?://[^/]+", "");
				browser.open(votes);
				((JavascriptExecutor) browser.driver).executeScript("arguments[0].checked = true;", browser.find("#secret"));
				press(browser, "#open-vote button");
				browser.waitForText(".vote-round", "表决中");
				String close = browser.find(".vote-round form[action$='/close']").getAttribute("action");
				VoteId vote = new VoteId(Long.parseLong(close.replaceFirst(".*/votes/(\\d+)/close$", "$1")));
				signOut(browser);

				try (Browser phone = Browser.phone(port)) {
					phone.signIn("weimin", "weimin2023");
					phone.open(votes);
					press(phone, ".ballot button[value=YES]");
					phone.waitForText(".vote-round", "您已投票");
				}
				List<PersonId> members = sittings.members();
				for (PersonId m : members) {
					try {
						voting.cast(vote, m, "YES");
					}
					catch (RuntimeException alreadyVoted) {
						// the member who voted on her phone
					}
				}

				browser.signIn("bangongting", "bgt2023ty");
				browser.open(votes);
				press(browser, ".vote-round form[action$='/close'] button");
				browser.waitForText(".vote-round", "已结束", Duration.ofSeconds(10));

				browser.open(motion);
				browser.waitForText("#state", "已表决");
				String nomination = row(browser, "#nominations tr", name).findElement(By.cssSelector("a"))
					.getAttribute("href").replaceFirst("^https?://[^/]+", "");
				browser.open(nomination);
				browser.waitForText("#result", "通过");
				press(browser, "#issue-letter");
				browser.waitForText("#letter", "并任字");
				assertThat(browser.find("#letter-docx").getAttribute("href")).endsWith("/letter.docx");
				browser.type("#oath-witnesses", "魏民");
				press(browser, "#record-oath");
				browser.waitForText("#oath", "我宣誓");
				browser.open(motion);
				press(browser, "#publish");
				browser.waitForText("#state", "已公布");
				signOut(browser);

				browser.open("/public/appointments/" + SittingFixture.DAY);
				browser.waitForText("#public-list", "任命" + name + "为太原市人民政府副市长");
				browser.open("/public/appointments/holders");
				browser.waitForText("#holders", name);
				MembershipView held = directory.membershipsOf(person).getFirst();
				assertThat(held.label()).isEqualTo("副市长");
				assertThat(held.endDate()).isNull();
			}
			catch (AssertionError | RuntimeException e) {
				browser.screenshot("appointment-journey");
				throw e;
			}
		}
	}

	private static WebElement row(Browser browser, String css, String text) {
		return browser.driver.findElements(By.cssSelector(css)).stream().filter(e -> e.getText().contains(text))
			.findFirst().orElseThrow(() -> new AssertionError(text + " not in " + css));
	}

	private static String path(Browser browser) {
		return browser.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
	}

	private static void press(Browser browser, String css) {
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", browser.find(css));
	}

	private static void setValue(Browser browser, String css, String value) {
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
	}

	private static void signOut(Browser browser) {
		browser.click("#logout");
		browser.waitForText("main", "已安全退出");
	}
}
