package org.lvzhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A questionnaire as the office and a respondent click it: the office writes one with a question
 * shown only on a condition and publishes it; a phone answers it without an account, the draft kept
 * while the page reloads, and gets a receipt code; the office's results count the answer and its
 * chart is drawn; the receipt code opens the response on the public door.
 */
@IntegrationTest
class QuestionnaireJourneyTests {

	@LocalServerPort
	int port;

	@Test
	void theOfficePublishesAPhoneAnswersTheResultsCountItAndTheDoorFollowsTheReceipt() throws Exception {
		String title = "浏览器问卷 " + System.nanoTime();
		String page;
		try (Browser office = Browser.desktop(port)) {
			office.signIn("bangongting", "bgt2023ty");
			office.open("/participation/questionnaires");
			office.type("#create-questionnaire input[name=title]", title);
			press(office, "#create-questionnaire button");
			office.waitForText("#state", "草稿");
			page = office.driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");

			new Select(office.find("#add-question select[name=kind]")).selectByValue("SINGLE");
			office.type("#add-question input[name=text]", "您的企业规模");
			office.type("#add-question textarea[name=options]", "小型\n微型");
			press(office, "#add-question input[name=required]");
			press(office, "#add-question button");
			office.waitForText("#questions", "您的企业规模");

			new Select(office.find("#add-question select[name=kind]")).selectByValue("LONG_TEXT");
			office.type("#add-question input[name=text]", "微型企业遇到的困难");
			new Select(office.find("#add-question select[name=conditionQuestion]")).selectByIndex(1);
			office.type("#add-question textarea[name=conditionChoices]", "微型");
			press(office, "#add-question button");
			office.waitForText("#questions", "微型企业遇到的困难");

			DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
			LocalDateTime now = LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai"));
			setValue(office, "#publish input[name=opensAt]", now.minusHours(1).format(minute));
			setValue(office, "#publish input[name=closesAt]", now.plusDays(7).format(minute));
			press(office, "#publish button");
			office.waitForText("#state", "已发布");
		}
		String publicLink = page.replace("/participation/questionnaires/", "/public/questionnaires/");

		String receipt;
		try (Browser phone = Browser.phone(port)) {
			phone.open(publicLink);
			phone.waitForText("#title", title);
			assertThat(phone.find("fieldset.question:nth-of-type(2)").isDisplayed()).isFalse();
			press(phone, "fieldset.question input[value='微型']");
			phone.waitForPresent("fieldset.question textarea", java.time.Duration.ofSeconds(5));
			assertThat(phone.driver.findElements(org.openqa.selenium.By.cssSelector("fieldset.question")).get(1).isDisplayed())
				.isTrue();
			phone.type("fieldset.question textarea", "融资难");
			// The draft survives a reload on the device.
			phone.open(publicLink);
			phone.waitForText("#title", title);
			assertThat(phone.find("fieldset.question textarea").getAttribute("value")).isEqualTo("融资难");
			press(phone, "#submit-answers");
			phone.waitForPresent("#receipt-code", java.time.Duration.ofSeconds(30));
			receipt = phone.text("#receipt-code");
			assertThat(receipt).hasSize(10);

			phone.open("/public");
			phone.type("#follow-form input[name=code]", receipt);
			press(phone, "#follow-form button");
			phone.waitForText("#found", title);
			assertThat(phone.text("#found")).contains("已计入统计");
		}

		try (Browser office = Browser.desktop(port)) {
			office.signIn("bangongting", "bgt2023ty");
			office.open(page + "/results");
			office.waitForText("#responses", "共回收答卷 1 份");
			assertThat(office.text("main")).contains("微型").contains("100.0%");
			Object drawn = ((JavascriptExecutor) office.driver)
				.executeScript("return document.querySelectorAll('.result-chart canvas').length;");
			assertThat(((Number) drawn).intValue()).isPositive();
		}
	}

	private static void press(Browser browser, String css) {
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", browser.find(css));
	}

	private static void setValue(Browser browser, String css, String value) {
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
	}
}
