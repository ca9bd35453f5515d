package org.lvzhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.demo.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A refused form never loses what was typed. Every form that posts, on every page a demo reader
 * meets (menu entries and the records their lists link to, for each demo account and a visitor), is
 * posted as a browser does with distinctive text in each of its text fields and with a stale version
 * (or, without one, every choice, date and number left empty and text past its column), so that it
 * is refused; the page that answers must show the typed text again. Nothing posted stays: the
 * test runs in a transaction that is rolled back.
 */
@IntegrationTest
class RefusedFormsKeepTypedTextTests {

	/**
	 * Forms that cannot be tested this way, by address (ids as {n}), with the reason. Forms without a
	 * record version are posted with every choice, date and number left empty and text past its column; those
	 * listed here are answered otherwise than by a use case's refusal.
	 */
	static final Map<String, String> NOT_REFUSABLE = new TreeMap<>(Map.ofEntries(
			Map.entry("POST /login", "Spring Security's sign-in: a failed sign-in goes back to /login?error and never "
					+ "says more (whether the name exists); the browser keeps the name it filled in"),
			Map.entry("POST /oversight/filings/{n}/opinion", "the review opinion is free text without a length "
					+ "limit and its date defaults to today, so no input a person can type is refused; a refused move "
					+ "of the filing comes back through the same mechanism as every other"),
			Map.entry("POST /meetings/{n}/leave", "asking for leave takes only a reason, which any typed text gives "
					+ "(the browser holds back an empty one and cuts it at its column's length); a refused request (a "
					+ "sitting already held) comes back through the same mechanism as every other"),
			Map.entry("POST /petitions/{n}/petitioner", "showing the petitioner's personal data asks only for a reason, "
					+ "which any typed text gives (the browser holds back an empty one and cuts it at its maximum "
					+ "length); the reason goes to the audit log with the view")));

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoAccounts demoAccounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	@Transactional
	void everyRefusedFormShowsWhatWasTypedAgain() throws Exception {
		DemoPages crawler = new DemoPages(mvc, 6);
		Map<String, String> lost = new TreeMap<>();
		Map<String, String> accepted = new TreeMap<>();
		Map<String, String> kept = new TreeMap<>();
		int[] counter = { 0 };
		for (DemoPages.Reader reader : DemoPages.readers(demoAccounts, users)) {
			Map<String, Element> forms = new LinkedHashMap<>();
			Map<String, String> onPage = new LinkedHashMap<>();
			Map<String, String> pageOf = new LinkedHashMap<>();
			for (DemoPages.Page page : crawler.pages(reader)) {
				for (Element form : page.html().select("form")) {
					if (!"post".equalsIgnoreCase(form.attr("method"))) {
						continue;
					}
					String action = form.attr("action").isBlank() ? page.path() : form.attr("action");
					action = action.replaceAll("[?#].*$", "");
					String key = action.replaceAll("/\\d+", "/{n}");
					if (action.equals("/logout") || action.startsWith("/lang") || forms.containsKey(key)
							|| !form.select("textarea[name], input[name]").stream().anyMatch(RefusedFormsKeepTypedTextTests::typed)) {
						continue;
					}
					forms.put(key, form);
					onPage.put(key, action);
					pageOf.put(key, page.path());
				}
			}
			for (var entry : forms.entrySet()) {
				String key = reader.name() + " POST " + entry.getKey();
				if (NOT_REFUSABLE.containsKey("POST " + entry.getKey())) {
					continue;
				}
				// Without a version to make stale, every choice, date and number is left empty, as a hasty user might,
				// and text is longer than its column.
				boolean versioned = !entry.getValue().select("input[name*=version], input[name*=Version]").isEmpty();
				String outcome = send(reader, pageOf.get(entry.getKey()), onPage.get(entry.getKey()), entry.getValue(), counter,
						!versioned);
				if (outcome.startsWith("kept")) {
					kept.put(key, outcome);
				}
				else if (outcome.startsWith("accepted")) {
					accepted.put(key, outcome);
				}
				else {
					lost.put(key, outcome);
				}
			}
		}
		assertThat(kept).as("refused forms that showed the typed text again").isNotEmpty();
		assertThat(lost).as("refused forms that lost what was typed").isEmpty();
		assertThat(accepted).as("forms the page-wide post could not get refused (list them with a reason)").isEmpty();
	}

	private static boolean typed(Element field) {
		if (field.tagName().equals("textarea")) {
			return true;
		}
		if (field.hasAttr("hx-get") || !field.parents().select(".picker").isEmpty() || field.hasAttr("list")) {
			return false; // a picker: it carries the id of what was chosen, not typed text
		}
		String type = field.attr("type").toLowerCase(Locale.ROOT);
		return field.tagName().equals("input") && Set.of("", "text", "search", "email", "tel", "url").contains(type);
	}

	/** Posts the form as a browser does (from its page, asking for HTML, with its first named button). */
	private String send(DemoPages.Reader reader, String from, String action, Element form, int[] counter,
			boolean blank) throws Exception {
		boolean multipart = form.attr("enctype").toLowerCase(Locale.ROOT).contains("multipart");
		AbstractMockHttpServletRequestBuilder<?> request = multipart ? multipart(action) : post(action);
		request.with(reader.who()).with(csrf()).header("Referer", "http://localhost" + from)
			.accept("text/html,application/xhtml+xml");
		Element button = form.selectFirst("button[name], input[type=submit][name]");
		if (button != null) {
			request.param(button.attr("name"), button.attr("value"));
		}
		List<String> texts = new ArrayList<>();
		boolean versioned = false;
		Set<String> radios = new java.util.HashSet<>();
		for (Element field : form.select("input[name], textarea[name], select[name]")) {
			if (field.attr("type").equalsIgnoreCase("submit")) {
				continue;
			}
			if (field.hasAttr("disabled")) {
				continue;
			}
			String name = field.attr("name");
			if (name.equals("_csrf")) {
				continue;
			}
			if (name.toLowerCase(Locale.ROOT).contains("version")) {
				request.param(name, "-1");
				versioned = true;
				continue;
			}
			if (typed(field)) {
				String text = "留字" + (++counter[0]) + "号甲乙丙";
				texts.add(text);
				// Without a version, also longer than any column where the field lets one type that much.
				request.param(name, blank && !field.hasAttr("maxlength") ? text + "长".repeat(5_000) : text);
				continue;
			}
			String kind = field.tagName().equals("input") ? field.attr("type").toLowerCase(Locale.ROOT) : field.tagName();
			if (blank && !Set.of("file", "submit", "button", "checkbox", "radio").contains(kind)) {
				request.param(name, "");
				continue;
			}
			if (blank && (kind.equals("checkbox") || kind.equals("radio"))) {
				continue;
			}
			switch (field.tagName()) {
				case "select" -> {
					Element option = field.selectFirst("option[selected]");
					option = option == null ? field.selectFirst("option[value]:not([value=''])") : option;
					option = option == null ? field.selectFirst("option") : option;
					if (option != null) {
						request.param(name, option.hasAttr("value") ? option.attr("value") : option.text());
					}
				}
				default -> {
					String type = field.attr("type").toLowerCase(Locale.ROOT);
					if (type.equals("file") || type.equals("submit") || type.equals("button")) {
						continue;
					}
					if (type.equals("radio")) {
						// as a browser asks for: the checked choice, or the first of a required group
						boolean checked = form.select("input[type=radio][name=" + name + "][checked]").size() > 0;
						if ((checked ? field.hasAttr("checked") : !radios.contains(name)) && radios.add(name)) {
							request.param(name, field.attr("value"));
						}
						continue;
					}
					if (type.equals("checkbox") && !field.hasAttr("checked")) {
						continue;
					}
					String value = type.equals("checkbox") && !field.hasAttr("value") ? "on" : field.attr("value");
					if (value.isEmpty() && field.hasAttr("required")) {
						value = switch (type) {
							case "date" -> "2023-06-01";
							case "datetime-local" -> "2023-06-01T10:00";
							case "month" -> "2023-06";
							case "time" -> "10:00";
							default -> "1";
						};
					}
					request.param(name, value);
				}
			}
		}
		// Each post in a savepoint that is rolled back: the next form meets the demo world unchanged, and a
		// refusal by the database (a text past its column) leaves the transaction usable on PostgreSQL too.
		TransactionTemplate savepoint = new TransactionTemplate(transactions);
		savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		MvcResult result = savepoint.execute(status -> {
			status.setRollbackOnly();
			try {
				return mvc.perform(request).andReturn();
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		MockHttpServletResponse response = result.getResponse();
		Document answered;
		boolean refused;
		if (response.getStatus() / 100 == 3) {
			refused = result.getFlashMap() != null && result.getFlashMap().containsKey("errorKey");
			String target = response.getRedirectedUrl();
			if (!refused) {
				return "accepted (redirected to " + target + ")" + (versioned ? " despite a stale version" : "");
			}
			MockHttpServletResponse page = mvc
				.perform(get(target).with(reader.who()).flashAttrs(result.getFlashMap()))
				.andReturn().getResponse();
			answered = Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8));
		}
		else {
			answered = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
			refused = !answered.select(".alert-danger, .is-invalid, .invalid-feedback").isEmpty();
			if (response.getStatus() == 200 && !refused) {
				return "accepted (answered 200)";
			}
			if (response.getStatus() != 200 && answered.select("form[action=" + action + "]").isEmpty()) {
				return "answered " + response.getStatus() + ", the form is not shown again";
			}
		}
		String html = answered.outerHtml();
		List<String> missing = texts.stream().filter(t -> !html.contains(t)).toList();
		if (missing.isEmpty()) {
			return "kept " + texts.size();
		}
		return "lost " + missing.size() + " of " + texts.size() + " typed texts";
	}
}
