package org.lvzhi.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.platform.Page;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Finding 2: the statistics pages and the figures API are public, and the records behind a figure
 * must name no person and no one's matter. Every figure of every year with records is read as the
 * public reads it, on the page and as JSON, and searched for every personal value the demo world
 * holds: constituents' names, phones, places, subjects and texts; inspection and visit problems;
 * inspection experts; commenters' names, contacts and comments; filing-review requesters and
 * reasons; topic proposers and reasons; deputies' ID numbers and mobile numbers. Office staff with
 * the scope still read the subjects.
 */
@IntegrationTest
class PublicFiguresPrivacyTests {

	/** Pages of one figure and year read on the statistics page; the JSON lists every record anyway. */
	static final int MAX_PAGES = 10;

	@Autowired
	MockMvc mvc;
	@Autowired
	Figures figures;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	UserDetailsService users;

	/** Personal value → where it comes from. */
	final Map<String, String> secrets = new LinkedHashMap<>();
	/** The values' beginnings, so that a page is searched for all of them in one pass. */
	final Set<String> prefixes = new java.util.HashSet<>();
	static final int PREFIX = 10;

	static String prefix(String value) {
		return value.length() <= PREFIX ? value : value.substring(0, PREFIX);
	}

	@BeforeEach
	void collectTheDemoWorldsPersonalValues() {
		// Deputies and committee members hold public office: their names, and any part of them, are public.
		Set<String> publicNames = new java.util.HashSet<>();
		for (String name : jdbc.sql("SELECT name FROM directory_person").query(String.class).list()) {
			for (int i = 0; i < name.length(); i++) {
				for (int j = i + 1; j <= name.length(); j++) {
					publicNames.add(name.substring(i, j));
				}
			}
		}
		add("constituent name", "SELECT constituent_name FROM liaison_opinion", 2, publicNames);
		add("constituent phone", "SELECT constituent_phone FROM liaison_opinion", 6, Set.of());
		add("opinion subject", "SELECT subject FROM liaison_opinion", 6, Set.of());
		add("opinion text", "SELECT body FROM liaison_opinion", 6, Set.of());
		// A place that is a station's street or town is public: the stations are named after them.
		List<String> stations = jdbc.sql("SELECT name FROM liaison_station").query(String.class).list();
		Set<String> stationPlaces = new java.util.HashSet<>();
		for (String place : jdbc.sql("SELECT DISTINCT place FROM liaison_opinion WHERE place IS NOT NULL").query(String.class).list()) {
			if (stations.stream().anyMatch(n -> n.contains(place.strip()))) {
				stationPlaces.add(place.strip());
			}
		}
		add("opinion place", "SELECT place FROM liaison_opinion", 6, stationPlaces);
		add("inspection problem", "SELECT description FROM oversight_inspection_problem", 6, Set.of());
		add("visit problem", "SELECT description FROM oversight_visit_problem", 6, Set.of());
		add("inspection expert", "SELECT name FROM oversight_inspection_member WHERE role = 'EXPERT'", 2, publicNames);
		add("commenter", "SELECT author_name FROM legislation_comment", 2, publicNames);
		add("commenter contact", "SELECT contact FROM legislation_comment", 6, Set.of());
		add("comment text", "SELECT body FROM legislation_comment", 6, Set.of());
		add("filing-review requester", "SELECT requester FROM oversight_filing_request", 2, publicNames);
		add("filing-review contact", "SELECT contact FROM oversight_filing_request", 6, Set.of());
		add("filing-review reason", "SELECT reason FROM oversight_filing_request", 6, Set.of());
		add("topic proposer", "SELECT proposer FROM oversight_topic", 2, publicNames);
		add("topic reason", "SELECT reason FROM oversight_topic", 6, Set.of());
		add("petitioner", "SELECT name FROM petitions_petitioner", 2, publicNames);
		add("petitioner phone", "SELECT phone FROM petitions_petitioner", 6, Set.of());
		add("petitioner address", "SELECT address FROM petitions_petitioner", 6, Set.of());
		add("petition subject", "SELECT subject FROM petitions_petition", 6, Set.of());
		add("petition matter", "SELECT matter FROM petitions_petition", 6, Set.of());
		add("ID number", "SELECT id_number FROM directory_person", 15, Set.of());
		add("mobile", "SELECT mobile FROM directory_person", 7, Set.of());
	}

	private void add(String kind, String sql, int minLength, Set<String> publicValues) {
		for (String v : jdbc.sql(sql).query(String.class).list()) {
			if (v == null) {
				continue;
			}
			String value = v.strip();
			// Short generic values ("无", "市民") and names of public office holders are no one's secret.
			if (value.length() >= minLength && !publicValues.contains(value) && !value.startsWith("<") && !value.startsWith("=")) {
				secrets.putIfAbsent(value, kind);
				prefixes.add(prefix(value));
			}
		}
	}

	@Test
	void noFigureOfAnyYearShowsThePublicAPersonalValueOrAConstituentsMatter() throws Exception {
		assertThat(secrets.values()).as("the demo world holds personal values of every kind searched for")
			.contains("constituent name", "constituent phone", "opinion subject", "inspection problem", "ID number");
		List<String> leaks = new ArrayList<>();
		int read = 0;
		int figureYears = 0;
		int current = LocalDate.now().getYear();
		for (Figure figure : figures.all()) {
			for (int year = 2018; year <= current; year++) {
				long value = figure.value(year);
				if (value == 0) {
					continue;
				}
				figureYears++;
				String where = figure.key() + " " + year;
				read++;
				search(where + " JSON", body(get("/api/v1/figures/" + figure.key()).param("year", "" + year), null),
						leaks);
				long records = figure.records(year, 1, Page.DEFAULT_SIZE).total();
				long pages = Math.max(1, (records + Page.DEFAULT_SIZE - 1) / Page.DEFAULT_SIZE);
				for (long page = 1; page <= pages; page++) {
					if (page > MAX_PAGES && page != pages) {
						continue;
					}
					read++;
					search(where + " page " + page, body(get("/statistics/" + figure.key()).param("year", "" + year)
						.param("page", "" + page), null), leaks);
				}
			}
			if (leaks.size() > 20) {
				break;
			}
		}
		for (int year = 2018; year <= current; year++) {
			read += 2;
			search("/statistics " + year, body(get("/statistics").param("year", "" + year), null), leaks);
			search("/api/v1/figures " + year, body(get("/api/v1/figures").param("year", "" + year), null), leaks);
		}
		System.out.printf("Public figures: %d figures, %d figure-years with records, %d pages and JSON answers read, "
				+ "%d personal values searched for (%d ms searching)%n", figures.all().size(), figureYears, read, secrets.size(),
				searching / 1_000_000);
		assertThat(leaks).isEmpty();
	}

	@Test
	void theOfficeReadsTheSubjectsItsScopeCovers() throws Exception {
		int year = figures.find("station_opinions_collected").orElseThrow().latestYear().orElseThrow();
		String subject = jdbc.sql("SELECT subject FROM liaison_opinion WHERE received_on >= ? AND received_on < ?"
				+ " ORDER BY received_on, id").params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
			.query(String.class).list().getFirst();
		String station = jdbc.sql("SELECT s.name FROM liaison_opinion o JOIN liaison_station s ON s.id = o.station_id"
				+ " WHERE o.received_on >= ? AND o.received_on < ? ORDER BY o.received_on, o.id")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).query(String.class).list().getFirst();
		var office = user(users.loadUserByUsername("daibiao-gw"));
		var request = get("/statistics/station_opinions_collected").param("year", "" + year);
		assertThat(body(request, office)).contains(HtmlUtils.htmlEscape(subject));
		assertThat(body(get("/api/v1/figures/station_opinions_collected").param("year", "" + year), office))
			.contains(subject);
		// The public and a signed-in reader without the scope read the station and the date instead.
		for (RequestPostProcessor other : List.of((RequestPostProcessor) r -> r,
				user(users.loadUserByUsername("gongzhong")), user(users.loadUserByUsername("daibiao")),
				user(users.loadUserByUsername("zhujianju")))) {
			String page = body(get("/statistics/station_opinions_collected").param("year", "" + year), other);
			assertThat(page).doesNotContain(HtmlUtils.htmlEscape(subject)).contains(station);
		}
	}

	private String body(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			RequestPostProcessor who) throws Exception {
		MockHttpServletResponse response = mvc.perform(who == null ? request : request.with(who)).andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
		return response.getContentAsString();
	}

	long searching;

	private void search(String where, String whole, List<String> leaks) {
		long start = System.nanoTime();
		try {
			searchIn(where, whole, leaks);
		}
		finally {
			searching += System.nanoTime() - start;
		}
	}

	private void searchIn(String where, String whole, List<String> leaks) {
		// The page's own part: the layout around it (menus, footer) is the same on every page.
		int main = whole.indexOf("<main");
		String text = HtmlUtils.htmlUnescape(main < 0 ? whole : whole.substring(main, Math.max(main, whole.indexOf("</main>", main))));
		Set<String> found = new TreeSet<>();
		for (int i = 0; i < text.length(); i++) {
			for (int j = i + 2; j <= Math.min(text.length(), i + PREFIX); j++) {
				String candidate = text.substring(i, j);
				if (prefixes.contains(candidate)) {
					found.add(candidate);
				}
			}
		}
		if (found.isEmpty()) {
			return;
		}
		for (var secret : secrets.entrySet()) {
			if (found.contains(prefix(secret.getKey())) && text.contains(secret.getKey())) {
				leaks.add(where + ": " + secret.getValue() + " \"" + secret.getKey() + "\"");
			}
		}
	}
}
