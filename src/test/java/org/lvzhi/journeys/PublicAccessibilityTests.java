package org.lvzhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.participation.questionnaires.Questionnaire;
import org.lvzhi.participation.questionnaires.QuestionnaireStore;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public pages pass an automated WCAG 2.1 AA check (axe-core, run in the real browser on each
 * page) and fit the narrowest phone, 360 px, without scrolling sideways.
 */
@IntegrationTest
class PublicAccessibilityTests {

	private static final String TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']";

	@LocalServerPort
	int port;
	@Autowired
	QuestionnaireStore questionnaires;

	@Test
	void everyPublicPagePassesTheAutomatedWcagCheckAndFits360Pixels() throws Exception {
		Questionnaire demo = questionnaires.withPublicResults().get(0);
		List<String> pages = List.of("/public", "/public/follow?code=NOSUCHCODE", "/public/questionnaires",
				"/public/questionnaires/" + demo.id(), "/public/questionnaires/" + demo.id() + "/results",
				"/public/questionnaires/receipt", "/public/drafts", "/public/oversight-topics", "/public/petitions/new",
				"/public/petitions/track", "/public/liaison/track", "/public/filing-review", "/public/meetings",
				"/public/reports", "/public/reports/2023", "/public/reports/years");
		String axe = axe();
		List<String> problems = new ArrayList<>();
		try (Browser browser = Browser.narrowPhone(port)) {
			JavascriptExecutor js = (JavascriptExecutor) browser.driver;
			browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
			for (String page : pages) {
				browser.open(page);
				js.executeScript(axe);
				@SuppressWarnings("unchecked")
				Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript("""
						const done = arguments[arguments.length - 1];
						axe.run(document, { runOnly: { type: 'tag', values: %s } })
						  .then(r => done({ passes: r.passes.length, violations: r.violations.map(v => ({ id: v.id,
						     impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) })) }))
						  .catch(e => done({ passes: 0, violations: [{ id: 'axe-error', impact: String(e), nodes: [] }] }));"""
					.formatted(TAGS));
				// A page on which no rule passed was not checked at all.
				assertThat(((Number) result.get("passes")).intValue()).as(page).isPositive();
				@SuppressWarnings("unchecked")
				List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
				for (Map<String, Object> v : violations) {
					problems.add(page + ": " + v.get("id") + " (" + v.get("impact") + ") " + v.get("nodes"));
				}
				Object wider = js.executeScript(
						"return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
				if (Boolean.TRUE.equals(wider)) {
					problems.add(page + ": wider than 360 px");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static String axe() throws IOException {
		try (InputStream in = PublicAccessibilityTests.class.getResourceAsStream("/axe.min.js")) {
			assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
