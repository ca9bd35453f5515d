package org.lvzhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page the menu offers fits a phone (390 px) and a desktop (1280 px) for every demo role: no
 * page is wider than the screen, no button breaks its label over two lines, and the menu bar stays
 * on one line in both languages. One browser for all of it, the width changed without reloading.
 */
@IntegrationTest
class ResponsiveLayoutTests {

	private static final int PHONE = 390;
	private static final int DESKTOP = 1280;

	/** Demo accounts of every role, and the anonymous reader. */
	private static final Map<String, String> ROLES = new java.util.LinkedHashMap<>();
	static {
		ROLES.put("", "");
		ROLES.put("admin", "admin2023");
		ROLES.put("daibiao-gw", "daigong2023");
		ROLES.put("bangongting", "bgt2023ty");
		ROLES.put("weimin", "weimin2023");
		ROLES.put("daibiao", "daibiao2023");
		ROLES.put("zhujianju", "zhujian2023");
		ROLES.put("gongzhong", "gongzhong2023");
		ROLES.put("xinfang", "xinfang2023");
	}

	/**
	 * What does not fit: the page wider than the window (with the widest offenders), a visible
	 * button whose label takes more than one line, on a phone a list column squeezed to a character
	 * or two, a menu bar on more than one line.
	 */
	private static final String CHECK = """
			const problems = [];
			const doc = document.documentElement;
			if (doc.scrollWidth > doc.clientWidth) {
			  const wide = [...document.querySelectorAll('body *')]
			    .filter(e => e.getBoundingClientRect().right > doc.clientWidth + 1 && e.getClientRects().length)
			    .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > doc.clientWidth + 1))
			    .slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')
			      + ' "' + (e.textContent || '').trim().slice(0, 20) + '"');
			  // Text that runs out of its box (a word that cannot break) widens the page without any
			  // element doing so: name the text and its element.
			  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			  for (let n = walker.nextNode(); n && wide.length < 5; n = walker.nextNode()) {
			    if (!n.textContent.trim()) continue;
			    const range = document.createRange();
			    range.selectNodeContents(n);
			    if (range.getBoundingClientRect().right > doc.clientWidth + 1) {
			      const e = n.parentElement;
			      wide.push('text in ' + e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' "' + n.textContent.trim().slice(0, 30) + '"');
			    }
			  }
			  problems.push('wider than the screen (' + doc.scrollWidth + ' > ' + doc.clientWidth + '): ' + wide.join(', '));
			}
			for (const b of document.querySelectorAll('.btn, button, input[type=submit]')) {
			  const box = b.getBoundingClientRect();
			  if (!b.getClientRects().length || box.height === 0 || b.closest('.navbar-collapse:not(.show)') && innerWidth < 1200) continue;
			  if (!(b.textContent || b.value || '').trim()) continue;
			  const s = getComputedStyle(b);
			  const line = parseFloat(s.lineHeight) || parseFloat(s.fontSize) * 1.5;
			  const inner = box.height - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom)
			    - parseFloat(s.borderTopWidth) - parseFloat(s.borderBottomWidth);
			  if (inner > line * 1.5) problems.push('button label on two lines: "' + (b.textContent || b.value).trim() + '"');
			}
			if (innerWidth < 576) {
			  for (const cell of document.querySelectorAll('main td')) {
			    const text = (cell.textContent || '').trim();
			    if (text.length < 3 || !cell.getClientRects().length) continue;
			    const s = getComputedStyle(cell);
			    const width = cell.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
			    if (width < parseFloat(s.fontSize) * 2.5) {
			      problems.push('list column squeezed to ' + Math.round(width) + ' px: "' + text.slice(0, 12) + '"');
			      break;
			    }
			  }
			}
			const bar = document.querySelector('nav.navbar');
			if (bar && innerWidth >= 1200) {
			  const tops = new Set([...bar.querySelectorAll('.navbar-nav > .nav-item, .navbar-brand')]
			    .filter(i => i.getClientRects().length).map(i => Math.round(i.getBoundingClientRect().top / 10)));
			  if (tops.size > 1 || bar.getBoundingClientRect().height > 72) problems.push('menu bar on more than one line');
			}
			return problems;
			""";

	@LocalServerPort
	int port;

	@Test
	void everyMenuPageFitsAPhoneAndADesktopForEveryRole() throws Exception {
		List<String> problems = new ArrayList<>();
		Set<String> publicPagesSeen = new LinkedHashSet<>();
		try (Browser browser = Browser.desktop(port)) {
			for (Map.Entry<String, String> role : ROLES.entrySet()) {
				browser.driver.manage().deleteAllCookies();
				String who = role.getKey().isEmpty() ? "anonymous" : role.getKey();
				if (!role.getKey().isEmpty()) {
					browser.signIn(role.getKey(), role.getValue());
				}
				browser.open("/");
				for (String lang : List.of("en", "zh_CN")) {
					browser.open("/?lang=" + lang);
					check(browser, who + " /?lang=" + lang, problems);
				}
				for (String path : menu(browser)) {
					boolean everybodys = path.startsWith("/public/") || path.equals("/statistics");
					if (everybodys && !publicPagesSeen.add(path)) {
						continue;
					}
					browser.open(path);
					check(browser, who + " " + path, problems);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/** The pages the menu offers, its group menus included. */
	private static List<String> menu(Browser browser) {
		Set<String> paths = new LinkedHashSet<>();
		for (WebElement link : browser.driver.findElements(By.cssSelector("nav.navbar a.nav-link[href], nav.navbar a.dropdown-item[href]"))) {
			String href = link.getDomAttribute("href");
			if (href != null && href.startsWith("/") && !href.contains("lang=") && !href.equals("/login")) {
				paths.add(href);
			}
		}
		return List.copyOf(paths);
	}

	@SuppressWarnings("unchecked")
	private void check(Browser browser, String page, List<String> problems) {
		for (int width : List.of(DESKTOP, PHONE)) {
			browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
			// Charts follow a new width on their next frame (a ResizeObserver): a problem must still be
			// there after up to two seconds to count.
			List<String> found = (List<String>) browser.driver.executeScript(CHECK);
			for (int tries = 0; !found.isEmpty() && tries < 10; tries++) {
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					break;
				}
				found = (List<String>) browser.driver.executeScript(CHECK);
			}
			for (String problem : found) {
				problems.add(page + " at " + width + " px: " + problem);
			}
		}
	}
}
