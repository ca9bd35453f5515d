package org.lvzhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Directory;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One suggestion's whole loop, as the three people involved click it: the deputy writes and
 * submits, the deputies' affairs office accepts and assigns (picking the unit by name), the unit
 * logs its three contacts with the deputy and answers B, the deputy is
 * dissatisfied, the office reopens, the unit answers A, the deputy is satisfied and it is closed.
 */
@IntegrationTest
class SuggestionJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;

	@Test
	void aSuggestionGoesFromTheDeputyThroughTwoAnswersToClosure() throws Exception {
		String unitName = directory.organizationNamed("市住房和城乡建设局").orElseThrow().name();
		try (Browser browser = Browser.desktop(port)) {
			try {
				browser.signIn("daibiao", "daibiao2023");
				browser.open("/suggestions/new");
				browser.type("#title", "关于加快小店区老旧小区加装电梯的建议");
				browser.type("#body", "小店区多个老旧小区居民以老年人为主，上下楼困难。建议市住建局简化加装电梯审批，统一补贴标准。");
				new Select(browser.find("#category")).selectByIndex(0);
				browser.click("form[enctype] button[type=submit]");
				browser.click("form[action$='/submit'] button");
				browser.waitForText("#state", "已提交");
				String detail = browser.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
				signOut(browser);

				browser.signIn("daibiao-gw", "daigong2023");
				browser.open(detail);
				browser.click("form[action$='/accept'] button");
				browser.waitForText("#state", "已立案");
				// The lead unit is picked by name: typing part of it offers the matching units.
				browser.type("form[action$='/assign'] input[name=lead]", "住房和城乡");
				browser.waitForText("form[action$='/assign'] .picker-choices", unitName);
				// htmx swaps the choices and then the field: look elements up afresh when a swap made them stale.
				By choice = By.xpath("//form[contains(@action,'/assign')]//button[contains(@class,'picker-choice')][@data-value='"
						+ unitName + "']");
				new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
					.until(d -> {
						d.findElement(choice).click();
						return true;
					});
				new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
					.until(d -> unitName.equals(
							d.findElement(By.cssSelector("form[action$='/assign'] input[name=lead]")).getAttribute("value")));
				// The routing hint's and the picker's buttons sit in the same form: press the form's own submit button.
				browser.click("#assign-submit");
				browser.waitForText("#state", "办理中");
				signOut(browser);

				browser.signIn("zhujianju", "zhujian2023");
				browser.open("/suggestions/workbench");
				assertThat(browser.text("main")).contains("关于加快小店区老旧小区加装电梯的建议");
				// Before answering, the unit meets the deputy three times (三见面); until then the page says what is missing.
				browser.open(detail);
				assertThat(browser.text("#readiness")).contains("办理前见面", "办理中见面", "答复前见面");
				for (String stage : new String[] { "BEFORE_HANDLING", "DURING_HANDLING", "BEFORE_ANSWERING" }) {
					new Select(browser.find("form[action$='/unit/contact'] select[name=stage]")).selectByValue(stage);
					browser.type("form[action$='/unit/contact'] input[name=way]", "座谈");
					WebElement record = browser.find("form[action$='/unit/contact'] button");
					record.click();
					browser.waitForReplaced(record);
				}
				assertThat(browser.text("#readiness")).contains("可以答复");
				answer(browser, detail, "B", "已列入2024年老旧小区改造计划，正在制定加装电梯补贴办法。");
				signOut(browser);

				browser.signIn("daibiao", "daibiao2023");
				rate(browser, detail, "DISSATISFIED", "没有明确时间表。");
				browser.waitForText("#state", "代表不满意");
				signOut(browser);

				browser.signIn("daibiao-gw", "daigong2023");
				browser.open(detail);
				browser.click("form[action$='/reopen'] button");
				browser.waitForText("#state", "重新办理");
				signOut(browser);

				browser.signIn("zhujianju", "zhujian2023");
				answer(browser, detail, "A", "补贴办法已印发，首批12部电梯已开工，年底前完工。");
				signOut(browser);

				browser.signIn("daibiao", "daibiao2023");
				rate(browser, detail, "SATISFIED", "");
				browser.waitForText("#state", "已办结");
				signOut(browser);

				// The office's statistics count it among the year's closed suggestions, and the number opens it.
				browser.signIn("daibiao-gw", "daigong2023");
				int year = java.time.LocalDate.now(org.lvzhi.platform.China.ZONE).getYear();
				browser.open("/suggestions/statistics?year=" + year);
				browser.driver.findElement(By.cssSelector("a[href*='state=CLOSED']")).click();
				browser.open(browser.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "") + "&size=200");
				assertThat(browser.text("main")).contains("关于加快小店区老旧小区加装电梯的建议");
			}
			catch (AssertionError | RuntimeException e) {
				browser.screenshot("suggestion-journey");
				throw e;
			}
		}
	}

	private static void answer(Browser browser, String detail, String category, String text) {
		browser.open(detail);
		new Select(browser.find("form[action$='/unit/answer'] select[name=category]")).selectByValue(category);
		browser.type("form[action$='/unit/answer'] textarea[name=text]", text);
		browser.click("form[action$='/unit/answer'] button");
		browser.waitForText("#state", "已答复");
	}

	private static void rate(Browser browser, String detail, String rating, String comment) {
		browser.open(detail);
		browser.driver.findElement(By.cssSelector("input[name=rating][value=" + rating + "]")).click();
		if (!comment.isEmpty()) {
			browser.type("form[action$='/rate'] textarea[name=comment]", comment);
		}
		browser.click("form[action$='/rate'] button");
	}

	private static void signOut(Browser browser) {
		browser.click("#logout");
		browser.waitForText("main", "已安全退出");
	}
}
