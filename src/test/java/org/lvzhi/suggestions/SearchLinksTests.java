package org.lvzhi.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.AccountView;
import org.lvzhi.accounts.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every suggestion a search lists opens for the one who searched: the public, a committee member,
 * the general office and a deputy of the demo world follow each link of the results page and each
 * URL of the JSON answer, and get the page (the public one for what they find as anybody does).
 */
@IntegrationTest
class SearchLinksTests {

	private static final Pattern RESULT_LINK = Pattern
		.compile("class=\"list-group-item list-group-item-action\" href=\"(/[^\"]+)\"");
	private static final Pattern URL = Pattern.compile("\"url\":(null|\"[^\"]*\")");

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService users;
	@Autowired
	Accounts accounts;
	@Autowired
	JdbcClient jdbc;

	@Test
	void everyResultLinkOpensForThePublicAMemberTheGeneralOfficeAndADeputy() throws Exception {
		List<String> refused = new ArrayList<>();
		for (String username : List.of("gongzhong", "weimin", "bangongting", "daibiao")) {
			UserDetails principal = users.loadUserByUsername(username);
			RequestPostProcessor who = user(principal);
			Set<String> links = new LinkedHashSet<>();
			for (String q : queries(username)) {
				links.addAll(RESULT_LINK.matcher(page("/suggestions/search", q, who)).results().map(m -> m.group(1)).toList());
				String json = page("/api/v1/suggestions/search", q, who);
				List<String> urls = URL.matcher(json).results().map(m -> m.group(1)).toList();
				assertThat(urls).as("%s: every hit of the JSON search has a URL", username).isNotEmpty()
					.doesNotContain("null");
				urls.forEach(u -> links.add(u.substring(1, u.length() - 1)));
			}
			assertThat(links).as(username).isNotEmpty();
			for (String link : links) {
				int status = mvc.perform(get(link).with(who)).andReturn().getResponse().getStatus();
				if (status != 200) {
					refused.add(username + ": " + link + " answers " + status);
				}
			}
		}
		assertThat(refused).as("search results their reader cannot open").isEmpty();
	}

	@Test
	void aDeputyFindsHerOwnSuggestionOnHerPageAndOthersOnThePublicOne() throws Exception {
		RequestPostProcessor deputy = user(users.loadUserByUsername("daibiao"));
		long own = ownSuggestions("daibiao").stream()
			.filter(id -> SuggestionState.valueOf(jdbc.sql("SELECT state FROM suggestions_suggestion WHERE id = :id")
				.param("id", id).query(String.class).single()).isPublished())
			.findFirst().orElseThrow();
		String title = jdbc.sql("SELECT title FROM suggestions_suggestion WHERE id = :id").param("id", own)
			.query(String.class).single();

		String results = page("/suggestions/search", title, deputy);
		assertThat(results).contains("href=\"/suggestions/" + own + "\"");
		assertThat(RESULT_LINK.matcher(results).results().map(m -> m.group(1)))
			.allMatch(link -> link.startsWith("/public/suggestions/") || isOwn("daibiao", link));
		assertThat(page("/api/v1/suggestions/search", title, deputy)).contains("\"url\":\"/suggestions/" + own + "\"");
		// The general office opens the same suggestion on its public page.
		assertThat(page("/api/v1/suggestions/search", title, user(users.loadUserByUsername("bangongting"))))
			.contains("\"url\":\"/public/suggestions/" + own + "\"");
	}

	/** A blank search (everything the reader may find) and, for a deputy or member, the title of her own. */
	private List<String> queries(String username) {
		List<String> queries = new ArrayList<>(List.of("", "小区"));
		ownSuggestions(username).stream().limit(2).forEach(id -> queries.add(jdbc
			.sql("SELECT title FROM suggestions_suggestion WHERE id = :id").param("id", id).query(String.class).single()));
		return queries;
	}

	private List<Long> ownSuggestions(String username) {
		Long person = accounts.list().stream().filter(a -> a.username().equals(username)).findFirst()
			.map(AccountView::personId).orElse(null);
		if (person == null) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT id FROM suggestions_suggestion WHERE state <> 'DRAFT' AND (lead_deputy_id = :p
				   OR id IN (SELECT suggestion_id FROM suggestions_co_signer WHERE person_id = :p)) ORDER BY id""")
			.param("p", person).query(Long.class).list();
	}

	private boolean isOwn(String username, String link) {
		return ownSuggestions(username).stream().anyMatch(id -> link.equals("/suggestions/" + id));
	}

	private String page(String url, String q, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(url).param("q", q).with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
