package org.lvzhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.Directory;
import org.lvzhi.oversight.inspections.InspectionDeadlines;
import org.lvzhi.oversight.inspections.InspectionId;
import org.lvzhi.oversight.inspections.NewInspection;
import org.lvzhi.oversight.inspections.PlanInspection;
import org.lvzhi.oversight.inspections.Topic;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An inspection site's two problems, as the office and a unit click them: the office records the
 * site and assigns one problem to each unit; the housing bureau reports its rectification and the
 * office closes it; the market regulator's problem, assigned four months ago, is overdue and shows
 * on the dashboard.
 */
@IntegrationTest
class InspectionJourneyTests {

	@LocalServerPort
	int port;

	@Autowired
	Directory directory;
	@Autowired
	PlanInspection plan;
	@Autowired
	InspectionDeadlines deadlines;

	@Test
	void twoProblemsOneClosedOneOverdueOnTheDashboard() throws Exception {
		long housing = directory.organizationNamed("市住房和城乡建设局").orElseThrow().id().value();
		long market = directory.organizationNamed("市市场监督管理局").orElseThrow().id().value();
		LocalDate checked = deadlines.today().minusMonths(4);
		InspectionId inspection = plan.plan(new NewInspection("《太原市物业管理条例》执法检查（浏览器）", "太原市物业管理条例", null,
				Topic.OTHER, "城乡建设环境保护委员会", checked.minusDays(2), List.of("物业服务")));
		String fixed = "小区消防通道被车辆占用（浏览器）";
		String overdue = "小区超市销售过期食品（浏览器）";
		try (Browser browser = Browser.desktop(port)) {
			try {
				browser.signIn("bangongting", "bgt2023ty");
				browser.open("/oversight/inspections/" + inspection.value());
				browser.click("#record-site");
				browser.type("#name", "杏花岭区某住宅小区");
				browser.type("#district", "杏花岭区");
				browser.type("#address", "太原市杏花岭区府西街18号");
				setValue(browser, "#checkedOn", checked.toString());
				new Select(browser.find("#mode")).selectByValue("UNANNOUNCED");
				new Select(browser.find("#area")).selectByValue("物业服务");
				browser.type("#problem-0", fixed);
				browser.type("#article-0", "第三十五条");
				browser.type("#problem-1", overdue);
				browser.type("#article-1", "《中华人民共和国食品安全法》第三十四条");
				press(browser, "#site-form button[type=submit]");
				browser.waitForText("#problem-table", fixed);
				String fixedPage = problemLink(browser, fixed);
				String overduePage = problemLink(browser, overdue);

				browser.open(fixedPage);
				browser.type("#unit-id", String.valueOf(housing));
				press(browser, "#assign-form button");
				browser.waitForText("#state", "整改中");
				browser.open(overduePage);
				browser.type("#unit-id", String.valueOf(market));
				setValue(browser, "#assign-on", checked.plusDays(1).toString());
				press(browser, "#assign-form button");
				browser.waitForText("#state", "整改中");
				assertThat(browser.text("main")).contains("逾期");
				signOut(browser);

				browser.signIn("zhujianju", "zhujian2023");
				browser.open("/oversight/inspections/problems?size=200");
				assertThat(browser.text("main")).contains(fixed).doesNotContain(overdue);
				browser.open(overduePage);
				assertThat(browser.text("body")).doesNotContain(overdue);
				browser.open(fixedPage);
				browser.type("#report-text", "已清理占道车辆，施划禁停标线并安装监控。");
				press(browser, "#report-form button");
				browser.waitForText("#state", "已报整改");
				signOut(browser);

				browser.signIn("bangongting", "bgt2023ty");
				browser.open(fixedPage);
				browser.type("#close-form input[name=note]", "经回访核实，整改到位。");
				press(browser, "#close-form button");
				browser.waitForText("#state", "已销号");
				browser.open("/oversight/inspections/dashboard");
				assertThat(browser.text("#overdue-table")).contains(overdue).doesNotContain(fixed);
				assertThat(browser.text("#unit-table")).contains("市市场监督管理局");
				// The charts are drawn by ECharts from the page's data, through the set-up both
				// oversight dashboards share.
				browser.driver.findElement(By.cssSelector("#chart-units canvas"));
				browser.driver.findElement(By.cssSelector("#chart-years canvas"));
				browser.open("/oversight/dashboard");
				for (String chart : new String[] { "#chart-units", "#chart-votes", "#chart-evaluations" }) {
					browser.driver.findElement(By.cssSelector(chart + " canvas"));
				}
			}
			catch (AssertionError | RuntimeException e) {
				browser.screenshot("inspection-journey");
				throw e;
			}
		}
	}

	/**
	 * Presses a form's button with a DOM click: the long site form puts its button below the fold of
	 * the headless window, where a pointer click lands on another element.
	 */
	private static void press(Browser browser, String css) {
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", browser.find(css));
	}

	private static void setValue(Browser browser, String css, String value) {
		// Date fields take typed keys in the browser's locale format; setting the value is exact.
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];", browser.find(css), value);
	}

	private static String problemLink(Browser browser, String text) {
		for (WebElement a : browser.driver.findElements(By.cssSelector("#problem-table a"))) {
			if (a.getText().equals(text)) {
				return a.getAttribute("href").replaceFirst("^https?://[^/]+", "");
			}
		}
		throw new AssertionError("No problem link " + text);
	}

	private static void signOut(Browser browser) {
		browser.click("#logout");
		browser.waitForText("main", "已安全退出");
	}
}
