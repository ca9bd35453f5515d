package org.lvzhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Directory;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One suggestion's whole loop, as the three people involved click it: the deputy writes and
 * submits, the deputies' affairs office accepts and assigns, the unit answers B, the deputy is
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
		long unit = directory.organizationNamed("市住房和城乡建设局").orElseThrow().id().value();
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
				browser.type("form[action$='/assign'] input[name=lead]", String.valueOf(unit));
				// The routing hint's unit buttons sit in the same form: press the form's own submit button.
				browser.click("form[action$='/assign'] button:not([data-fill-value])");
				browser.waitForText("#state", "办理中");
				signOut(browser);

				browser.signIn("zhujianju", "zhujian2023");
				browser.open("/suggestions/workbench");
				assertThat(browser.text("main")).contains("关于加快小店区老旧小区加装电梯的建议");
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
