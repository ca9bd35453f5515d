package org.lvzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every visible string comes from the message bundles, in both languages: a template with text
 * typed into it, or a key present in one language only, fails the build.
 */
class I18nCompletenessTests {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");
	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*?)(/?)>", Pattern.DOTALL);
	private static final Pattern VISIBLE_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(placeholder|title|alt|aria-label|value|content)\\s*=\\s*\"([^\"]*)\"");
	private static final Pattern LETTER = Pattern.compile("\\p{L}");
	private static final Set<String> VOID_TAGS = Set.of("meta", "link", "input", "br", "hr", "img", "source");

	@Test
	void everyKeyExistsInChineseAndEnglish() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path chinese : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				String name = chinese.getFileName().toString();
				Path english = BUNDLES.resolve(name.replace(".properties", "_en.properties"));
				assertThat(english).as("English bundle for " + name).exists();
				Set<String> zh = keys(chinese);
				Set<String> en = keys(english);
				for (String key : zh) {
					if (!en.contains(key)) {
						problems.add(name + ": '" + key + "' has no English text");
					}
				}
				for (String key : en) {
					if (!zh.contains(key)) {
						problems.add(name + ": '" + key + "' has no Chinese text");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void noBundleDefinesAKeyTwice() throws IOException {
		List<String> problems = new ArrayList<>();
		Set<String> seen = new TreeSet<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path bundle : files.filter(p -> !p.getFileName().toString().contains("_")).sorted().toList()) {
				for (String key : keys(bundle)) {
					if (!seen.add(key)) {
						problems.add(bundle.getFileName() + ": '" + key + "' is defined in another bundle too");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void templatesHoldNoUntranslatedText() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path template : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				problems.addAll(untranslated(template));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void catchesTextTypedIntoATemplate(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
		Path page = dir.resolve("page.html");
		Files.writeString(page, """
				<div><h1 th:text="#{ok}">placeholder</h1><p>待办事项</p>
				<input placeholder="Name"><span th:text="#{x}"><b>inner</b></span> 12 / 34</div>""");
		assertThat(untranslated(page)).hasSize(2)
			.anySatisfy(p -> assertThat(p).contains("待办事项"))
			.anySatisfy(p -> assertThat(p).contains("placeholder=\"Name\""));
	}

	static List<String> untranslated(Path template) throws IOException {
		String html = Files.readString(template)
			.replaceAll("(?s)<!--.*?-->", "")
			.replaceAll("(?i)<!DOCTYPE[^>]*>", "")
			.replaceAll("(?s)<script[^>]*>.*?</script>", "")
			.replaceAll("(?s)<style[^>]*>.*?</style>", "");
		List<String> problems = new ArrayList<>();
		// A stack of "is the body of this element replaced by Thymeleaf?" flags.
		List<Boolean> replaced = new ArrayList<>();
		Matcher tag = TAG.matcher(html);
		int last = 0;
		while (tag.find()) {
			checkText(template, html.substring(last, tag.start()), replaced, problems);
			last = tag.end();
			String name = tag.group(2).toLowerCase();
			String attributes = tag.group(3);
			if (tag.group(1).isEmpty()) {
				checkAttributes(template, name, attributes, problems);
				boolean selfClosing = !tag.group(4).isEmpty() || VOID_TAGS.contains(name);
				if (!selfClosing) {
					boolean parentReplaced = !replaced.isEmpty() && replaced.get(replaced.size() - 1);
					replaced.add(parentReplaced || replacesBody(attributes));
				}
			}
			else if (!replaced.isEmpty()) {
				replaced.remove(replaced.size() - 1);
			}
		}
		return problems;
	}

	private static boolean replacesBody(String attributes) {
		return attributes.matches("(?s).*\\bth:(text|utext|replace|insert)\\s*=.*");
	}

	private static void checkText(Path template, String text, List<Boolean> replaced, List<String> problems) {
		String trimmed = text.strip();
		boolean inReplaced = !replaced.isEmpty() && replaced.get(replaced.size() - 1);
		if (!trimmed.isEmpty() && !inReplaced && LETTER.matcher(trimmed.replaceAll("&[a-z]+;", "")).find()) {
			problems.add(template.getFileName() + ": text \"" + trimmed + "\" is not from a message bundle");
		}
	}

	private static void checkAttributes(Path template, String tag, String attributes, List<String> problems) {
		Matcher attribute = VISIBLE_ATTRIBUTE.matcher(attributes);
		while (attribute.find()) {
			String name = attribute.group(1);
			String value = attribute.group(2);
			boolean exempt = (name.equals("value") && !tag.equals("input")) || name.equals("content")
					&& !attributes.contains("name=\"description\"");
			if (!exempt && LETTER.matcher(value).find() && !attributes.contains("th:" + name + "=")
					&& !(name.equals("value") && attributes.contains("type=\"hidden\""))) {
				problems.add(template.getFileName() + ": attribute " + name + "=\"" + value
						+ "\" is not from a message bundle");
			}
		}
	}

	private static Set<String> keys(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(bundle)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}
}
