package org.lvzhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.demo.DemoAccount;
import org.lvzhi.demo.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Words people understand: every page a demo reader meets (each menu entry and the record pages its
 * lists link to, for every demo account and a visitor, in the Chinese UI) shows no message key as
 * text ({@code suggestion.answered}), no enum constant ({@code ONLINE}, {@code BEFORE_HANDLING}), no
 * raw JSON and no login name ({@code daibiao-gw}, {@code public}) where a person's name belongs.
 */
@IntegrationTest
class NoInternalNamesTests {

	/**
	 * Pages where a login name identifies the account (display names repeat): the accounts list and
	 * the audit log's "who", and one's own account page, which says what one signs in with.
	 */
	private static final Set<String> LOGIN_NAMES_ARE_THE_CONTENT = Set.of("/admin/accounts", "/admin/audit", "/account");

	private static final Pattern DOTTED = Pattern.compile("(?<![\\w./@-])([a-z][a-zA-Z0-9_]*(?:\\.[a-zA-Z0-9_]+)+)(?![\\w/@-])");
	private static final Pattern CONSTANT = Pattern.compile("(?<![\\w-])([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)(?![\\w-])");
	private static final Pattern JSON = Pattern.compile("\\{\\s*\"[^\"]+\"\\s*:");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demoAccounts;

	@Autowired
	UserDetailsService users;

	@Test
	void noPageShowsAnInternalName() throws Exception {
		Set<String> prefixes = keyPrefixes();
		Set<String> constants = enumConstants();
		Set<String> logins = new HashSet<>(Set.of("public", "system"));
		demoAccounts.list().stream().map(DemoAccount::username).forEach(logins::add);
		// A login name as a word of its own, not a part of an address (/public/liaison/…).
		Pattern login = Pattern.compile("(?<![\\w/.-])(" + String.join("|", logins.stream().map(Pattern::quote).toList())
				+ ")(?![\\w/.-])");

		Map<String, Set<String>> found = new TreeMap<>();
		DemoPages crawler = new DemoPages(mvc, 3, 60);
		for (DemoPages.Reader reader : DemoPages.readers(demoAccounts, users)) {
			for (DemoPages.Page page : crawler.pages(reader)) {
				Element main = page.html().body();
				main.select("script, style, code.lvzhi-id, [data-internal]").remove();
				String text = main.text();
				String where = page.path().replaceAll("/\\d+", "/{n}");
				Set<String> seen = found.computeIfAbsent(where, k -> new LinkedHashSet<>());
				Matcher m = DOTTED.matcher(text);
				while (m.find()) {
					if (prefixes.contains(m.group(1).substring(0, m.group(1).indexOf('.')))) {
						seen.add("key " + m.group(1));
					}
				}
				m = CONSTANT.matcher(text);
				while (m.find()) {
					if (m.group(1).length() > 1 && constants.contains(m.group(1))) {
						seen.add("enum " + m.group(1));
					}
				}
				m = JSON.matcher(text);
				if (m.find()) {
					seen.add("json " + text.substring(m.start(), Math.min(text.length(), m.start() + 40)));
				}
				if (!LOGIN_NAMES_ARE_THE_CONTENT.contains(page.path())) {
					m = login.matcher(text);
					while (m.find()) {
						seen.add("login " + m.group(1));
					}
				}
			}
		}
		found.values().removeIf(Set::isEmpty);
		assertThat(found).as("internal names shown as text, by page").isEmpty();
	}

	/** The first segments of every message key: a dotted word starting with one is a key shown raw. */
	private static Set<String> keyPrefixes() throws IOException {
		Set<String> prefixes = new HashSet<>();
		for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
			Properties p = new Properties();
			try (InputStream in = r.getInputStream()) {
				p.load(in);
			}
			p.stringPropertyNames().forEach(k -> prefixes.add(k.contains(".") ? k.substring(0, k.indexOf('.')) : k));
		}
		// Notification categories and audit actions use the singular and module names too.
		prefixes.addAll(List.of("suggestion", "suggestions", "bill", "bills", "liaison", "legislation", "oversight",
				"directory", "accounts", "dutyrecords", "notifications", "search", "deadlines", "reporting", "audit"));
		return prefixes;
	}

	/** The names of the constants of every enum of the application. */
	private static Set<String> enumConstants() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition d) {
				return true;
			}
		};
		scanner.addIncludeFilter((MetadataReader reader, org.springframework.core.type.classreading.MetadataReaderFactory f) ->
				"java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName()));
		Set<String> names = new HashSet<>();
		for (BeanDefinition d : scanner.findCandidateComponents("org.lvzhi")) {
			Class<?> type = Class.forName(d.getBeanClassName());
			for (Object c : type.getEnumConstants()) {
				names.add(((Enum<?>) c).name());
			}
		}
		return names;
	}
}
