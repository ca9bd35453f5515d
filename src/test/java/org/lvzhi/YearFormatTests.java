package org.lvzhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A year is a name, not a quantity: it is never printed with a thousands separator ("2,023年度"),
 * neither on the pages every role opens nor in the documents they download, in either language.
 */
@IntegrationTest
class YearFormatTests {

	/** A grouped number right before 年, or a grouped year in an English heading or title. */
	private static final Pattern GROUPED_YEAR = Pattern
		.compile("\\d,\\d{3}\\s*年|(?:plan|Duty in|visits in|trips in|Figures for|deputies,) [12],\\d{3}\\b|\\b[12],\\d{3} plan\\b");
	private static final Pattern LINK = Pattern.compile("href=\"(/[^\"?#]*(?:\\?[^\"#]*)?)\"");
	/** A placeholder that stands for a year or a line number: before 年, or in 第…行. */
	private static final Pattern YEAR_OR_LINE = Pattern.compile("\\{(\\d)(,[^}]*)?\\}(?=\\s*年)|第\\{(\\d)(,[^}]*)?\\}(?=行)");

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;
	@Autowired
	MessageSource messages;

	private RequestPostProcessor demo(String username) {
		return user(users.loadUserByUsername(username));
	}

	private String page(String url, RequestPostProcessor who) throws Exception {
		var request = get(url);
		if (who != null) {
			request = request.with(who);
		}
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		return response.getStatus() == 200 && String.valueOf(response.getContentType()).startsWith("text/html")
				? response.getContentAsString(StandardCharsets.UTF_8) : "";
	}

	/**
	 * The menu's pages and on each the first links to records or to another year, in Chinese; the
	 * menu's pages again in English.
	 */
	private List<String> groupedYears(RequestPostProcessor who) throws Exception {
		List<String> menu = links(page("/", who), 100);
		Set<String> urls = new LinkedHashSet<>();
		for (String entry : menu) {
			urls.add(entry);
			links(page(entry, who), 300).stream().filter(l -> l.matches("/[a-z/-]+/\\d+") || l.contains("year="))
				.limit(2).forEach(urls::add);
		}
		List<String> found = new ArrayList<>();
		for (String url : urls) {
			scan(url, page(url, who), found);
		}
		for (String entry : menu) {
			String english = entry + (entry.contains("?") ? "&" : "?") + "lang=en";
			scan(english, page(english, who), found);
		}
		return found;
	}

	private static void scan(String url, String html, List<String> found) {
		Matcher m = GROUPED_YEAR.matcher(html);
		while (m.find()) {
			found.add(url + ": " + m.group());
		}
	}

	private static List<String> links(String html, int max) {
		return LINK.matcher(html).results().map(m -> m.group(1).replace("&amp;", "&"))
			.filter(l -> !l.startsWith("/css") && !l.startsWith("/webjars") && !l.startsWith("/js") && !l.contains("lang=")
					&& !l.contains("logout") && !l.endsWith(".xlsx") && !l.endsWith(".docx") && !l.endsWith(".xml"))
			.distinct().limit(max).toList();
	}

	@Test
	void noPageShowsAYearWithAThousandsSeparator() throws Exception {
		List<String> found = new ArrayList<>(groupedYears(null));
		for (String account : List.of("bangongting", "daibiao-gw", "daibiao")) {
			found.addAll(groupedYears(demo(account)));
		}
		assertThat(found).isEmpty();
	}

	@Test
	void thePublishedPlanAndTheDutyReportPrintTheirYearPlainly() throws Exception {
		for (String url : List.of("/public/plan.docx?year=2023", "/public/plan.docx?year=2023&lang=en")) {
			assertThat(text(mvc.perform(get(url)).andReturn().getResponse())).doesNotContainPattern(GROUPED_YEAR)
				.contains("2023");
		}
		MockHttpServletResponse report = mvc.perform(get("/duty/mine/report.docx").param("year", "2023")
			.with(demo("daibiao"))).andReturn().getResponse();
		assertThat(text(report)).contains("2023年度履职情况报告").doesNotContainPattern(GROUPED_YEAR);
	}

	@Test
	void everyMessageGivenAYearOrALineNumberPrintsItWithoutGrouping() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath:i18n/*.properties")) {
			if (bundle.getFilename().contains("_")) {
				continue;
			}
			Properties zh = new Properties();
			try (InputStream in = bundle.getInputStream()) {
				zh.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
			for (String key : zh.stringPropertyNames()) {
				Matcher m = YEAR_OR_LINE.matcher(zh.getProperty(key));
				while (m.find()) {
					int arg = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3));
					for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
						Object[] args = new Object[10];
						java.util.Arrays.fill(args, "x");
						args[arg] = 2023;
						String text;
						try {
							text = messages.getMessage(key, args, locale);
						}
						catch (IllegalArgumentException e) {
							// another argument of the message is a number or a date: give it one
							java.util.Arrays.fill(args, 1);
							args[arg] = 2023;
							text = messages.getMessage(key, args, locale);
						}
						if (!text.contains("2023")) {
							wrong.add(key + " (" + locale + "): " + text);
						}
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private static String text(MockHttpServletResponse response) throws IOException {
		assertThat(response.getStatus()).isEqualTo(200);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			StringBuilder all = new StringBuilder();
			doc.getParagraphs().stream().map(XWPFParagraph::getText).forEach(t -> all.append(t).append('\n'));
			doc.getTables().forEach(t -> all.append(t.getText()).append('\n'));
			return all.toString();
		}
	}
}
