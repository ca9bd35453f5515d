package org.lvzhi.platform.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.lvzhi.demo.DemoAccounts;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The pages a reader of the demo world meets: every menu entry, and the record pages those lists
 * link to (a few per list), for each demo account and for a visitor who has not signed in. Chinese
 * UI.
 */
final class DemoPages {

	/** A demo reader: the account's login name ("anonymous" for a visitor) and how to sign the requests. */
	record Reader(String name, RequestPostProcessor who) {
	}

	/** One rendered page. */
	record Page(Reader reader, String path, Document html) {
	}

	private static final Pattern RECORD = Pattern.compile("^/[^?#]*/\\d+(?:/[a-z-]+)?$");
	private static final Pattern SKIPPED = Pattern.compile(
			"(?i).*(\\.docx|\\.xlsx|\\.pdf|\\.csv|\\.json|\\.xml|/export|/download|/file|/letter|/attachment|/api/|/logout|/print|/photo|/image).*");

	private final MockMvc mvc;
	private final int recordsPerList;
	private final int subPagesPerList;

	DemoPages(MockMvc mvc, int recordsPerList) {
		this(mvc, recordsPerList, 0);
	}

	/** Also following up to so many of a list's pages below it (a figure's records under /statistics). */
	DemoPages(MockMvc mvc, int recordsPerList, int subPagesPerList) {
		this.mvc = mvc;
		this.recordsPerList = recordsPerList;
		this.subPagesPerList = subPagesPerList;
	}

	static List<Reader> readers(DemoAccounts accounts, UserDetailsService users) {
		List<Reader> readers = new ArrayList<>();
		for (var account : accounts.list()) {
			readers.add(new Reader(account.username(), user(users.loadUserByUsername(account.username()))));
		}
		readers.add(new Reader("anonymous", anonymous()));
		return readers;
	}

	/** The reader's menu pages and the record pages they link to, each once. */
	List<Page> pages(Reader reader) throws Exception {
		Map<String, Page> pages = new LinkedHashMap<>();
		Document home = open(reader, "/");
		if (home == null) {
			return List.of();
		}
		pages.put("/", new Page(reader, "/", home));
		Set<String> menu = new LinkedHashSet<>();
		for (Element a : home.select("a.dropdown-item[href], a.nav-link[href], main a[href]")) {
			String href = path(a.attr("href"));
			if (href != null && !RECORD.matcher(href).matches()) {
				menu.add(href);
			}
		}
		for (String entry : menu) {
			Document list = pages.containsKey(entry) ? pages.get(entry).html() : open(reader, entry);
			if (list == null) {
				continue;
			}
			pages.put(entry, new Page(reader, entry, list));
			int taken = 0;
			int below = 0;
			for (Element a : list.select("main a[href]")) {
				String href = path(a.attr("href"));
				if (href == null || pages.containsKey(href)) {
					continue;
				}
				boolean record = RECORD.matcher(href).matches();
				boolean sub = !record && !entry.equals("/") && href.startsWith(entry + "/") && below < subPagesPerList;
				if (!(record && taken < recordsPerList) && !sub) {
					continue;
				}
				Document opened = open(reader, href);
				if (opened != null) {
					pages.put(href, new Page(reader, href, opened));
					if (record) {
						taken++;
					}
					else {
						below++;
					}
				}
			}
		}
		return new ArrayList<>(pages.values());
	}

	private static String path(String href) {
		if (href == null || !href.startsWith("/") || href.startsWith("//")) {
			return null;
		}
		String path = href.replaceAll("[?#].*$", "");
		return SKIPPED.matcher(path).matches() || path.startsWith("/webjars") || path.startsWith("/css")
				|| path.startsWith("/js") || path.startsWith("/logout") ? null : path;
	}

	private Document open(Reader reader, String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(reader.who())).andReturn().getResponse();
		String type = response.getContentType();
		if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
			return null;
		}
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8), "http://localhost");
	}
}
