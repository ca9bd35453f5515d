package org.lvzhi.platform.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data as a re-user meets it: the catalogue and every URL in it, ETags, CSV that reads
 * back as the JSON does, problem details for refusals, and no personal data.
 */
@IntegrationTest
class OpenDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	List<Dataset> datasets;

	@Autowired
	List<Datasets> providers;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void theCatalogueListsEveryDatasetAndEveryUrlInItAnswers() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/api/v1/catalogue")).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode catalogue = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(catalogue.get("@type").asString()).isEqualTo("dcat:Catalog");
		assertThat(catalogue.get("@context").get("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
		assertThat(catalogue.get("dct:publisher").get("foaf:name").asString()).isNotBlank();
		assertThat(catalogue.get("dct:license").get("@id").asString()).startsWith("https://");
		List<String> ids = new ArrayList<>();
		List<String> urls = new ArrayList<>();
		for (JsonNode dataset : catalogue.get("dcat:dataset")) {
			ids.add(dataset.get("dct:identifier").asString());
			assertThat(dataset.get("dct:title")).hasSize(2);
			assertThat(dataset.get("dct:title").get(0).get("@value").asString()).as("zh title").isNotBlank()
				.doesNotStartWith("opendata.");
			assertThat(dataset.get("dct:title").get(1).get("@language").asString()).isEqualTo("en");
			for (JsonNode distribution : dataset.get("dcat:distribution")) {
				assertThat(distribution.get("dcat:mediaType").asString()).isIn("application/json", "text/csv");
				urls.add(distribution.get("dcat:accessURL").get("@id").asString());
				urls.add(distribution.get("dcat:downloadURL").get("@id").asString());
			}
		}
		List<String> expected = new ArrayList<>(datasets.stream().map(Dataset::id).toList());
		providers.forEach(p -> p.datasets().forEach(d -> expected.add(d.id())));
		assertThat(ids).containsExactlyInAnyOrderElementsOf(expected)
			.contains("laws", "drafts", "comment-decisions", "suggestions", "bills", "oversight-topics", "filing-reviews",
					"sittings", "communiques", "appointments", "questionnaire-results", "popolo", "figures-2023");
		for (String url : urls.stream().distinct().toList()) {
			String path = URI.create(url).getPath();
			assertThat(mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(url).isEqualTo(200);
		}
	}

	@Test
	void anAnswerHasAnEtagAndIsNotSentAgainWhenUnchanged() throws Exception {
		MockHttpServletResponse first = mvc.perform(get("/api/v1/laws").param("size", "5")).andReturn().getResponse();
		String etag = first.getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
		MockHttpServletResponse again = mvc.perform(get("/api/v1/laws").param("size", "5").header("If-None-Match", etag))
			.andReturn().getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
		MockHttpServletResponse other = mvc.perform(get("/api/v1/laws").param("size", "6").header("If-None-Match", etag))
			.andReturn().getResponse();
		assertThat(other.getStatus()).isEqualTo(200);
	}

	@Test
	void everyCsvReadsBackWithTheJsonFieldNamesAsItsHeader() throws Exception {
		List<Dataset> all = new ArrayList<>(datasets);
		providers.forEach(p -> all.addAll(p.datasets()));
		int checked = 0;
		for (Dataset dataset : all) {
			if (dataset.csvPath() == null) {
				continue;
			}
			MockHttpServletResponse csv = mvc.perform(get(dataset.csvPath())).andReturn().getResponse();
			assertThat(csv.getStatus()).as(dataset.csvPath()).isEqualTo(200);
			assertThat(csv.getContentType()).as(dataset.csvPath()).isEqualToIgnoringWhitespace("text/csv;charset=UTF-8");
			assertThat(csv.getHeader("Content-Disposition")).as(dataset.csvPath()).startsWith("attachment;")
				.contains(".csv");
			byte[] bytes = csv.getContentAsByteArray();
			assertThat(bytes).as("byte order mark").startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
			List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
			JsonNode page = json.readTree(mvc.perform(get(dataset.jsonPath()).param("size", "100")).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
			assertThat(rows.size() - 1).as(dataset.csvPath() + " rows").isEqualTo(page.get("total").asInt());
			if (!page.get("items").isEmpty()) {
				JsonNode item = page.get("items").get(0);
				assertThat(rows.get(0)).as(dataset.csvPath() + " header").containsExactlyElementsOf(item.propertyNames());
				List<String> line = rows.get(1);
				int i = 0;
				for (String field : item.propertyNames()) {
					JsonNode value = item.get(field);
					if (value.isValueNode()) {
						assertThat(line.get(i)).as(dataset.csvPath() + " " + field)
							.isEqualTo(value.isNull() ? "" : value.isString() ? Csv.inert(value.asString()) : value.asString());
					}
					i++;
				}
				checked++;
			}
		}
		assertThat(checked).as("datasets with records in the demo world").isGreaterThan(5);
	}

	@Test
	void theCsvQuotesWhatRfc4180AsksFor() {
		record Row(String a, List<String> b, Integer c) {
		}
		String text = Csv.text(Row.class, List.of(new Row("逗号,引号\"换行\n", List.of("甲", "乙"), null)));
		assertThat(text).isEqualTo("a,b,c\r\n\"逗号,引号\"\"换行\n\",甲; 乙,\r\n");
		assertThat(parse(text)).containsExactly(List.of("a", "b", "c"), List.of("逗号,引号\"换行\n", "甲; 乙", ""));
		assertThat(Csv.text(Row.class, List.of(new Row("=HYPERLINK(\"http://x\")", List.of("@SUM(1)"), -3))))
			.isEqualTo("a,b,c\r\n\"'=HYPERLINK(\"\"http://x\"\")\",'@SUM(1),-3\r\n");
	}

	@Test
	void refusalsAreProblemDetails() throws Exception {
		MockHttpServletResponse bad = mvc.perform(get("/api/v1/laws").param("size", "500")).andReturn().getResponse();
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat(bad.getContentType()).startsWith("application/problem+json");
		JsonNode problem = json.readTree(bad.getContentAsString(StandardCharsets.UTF_8));
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("detail").asString()).contains("size", "500");
		assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/laws");

		MockHttpServletResponse type = mvc.perform(get("/api/v1/sittings").param("year", "abc")).andReturn().getResponse();
		assertThat(type.getStatus()).isEqualTo(400);
		assertThat(json.readTree(type.getContentAsString(StandardCharsets.UTF_8)).get("detail").asString()).contains("year");

		MockHttpServletResponse unknown = mvc.perform(get("/api/v1/figures/no_such_figure").param("year", "2023"))
			.andReturn().getResponse();
		assertThat(unknown.getStatus()).isEqualTo(404);
		assertThat(unknown.getContentType()).startsWith("application/problem+json");
		MockHttpServletResponse english = mvc.perform(get("/api/v1/laws").param("page", "0")
			.cookie(new jakarta.servlet.http.Cookie("lvzhi-lang", "en"))).andReturn().getResponse();
		assertThat(json.readTree(english.getContentAsString(StandardCharsets.UTF_8)).get("title").asString())
			.isEqualTo("Bad parameter");
	}

	@Test
	void overTheWireAnUnknownPathAndAMissingSignInAreProblemDetailsToo() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> missing = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/figures/2023/no-such-list")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(json.readTree(missing.body()).get("instance").asString()).isEqualTo("/api/v1/figures/2023/no-such-list");
		// A path that is not public, known or not, asks for a sign-in first and tells nothing more.
		HttpResponse<String> unknown = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
				+ "/api/v1/no-such-list")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(unknown.statusCode()).isEqualTo(401);
		assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

		for (String path : List.of("/api/v1/directory/popolo", "/api/v1/suggestions/search")) {
			HttpResponse<String> staffOnly = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(staffOnly.statusCode()).as(path).isEqualTo(401);
			assertThat(staffOnly.headers().firstValue("Location")).as(path).isEmpty();
			assertThat(staffOnly.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			assertThat(json.readTree(staffOnly.body()).get("status").asInt()).isEqualTo(401);
		}
		// The public pages keep sending a visitor to the login page.
		HttpResponse<String> page = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/directory/persons")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(302);
	}

	@Test
	void thePublicDirectoryHasNamesBodiesAndPostsButNoPersonalData() throws Exception {
		String popolo = mvc.perform(get("/api/v1/popolo")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		JsonNode document = json.readTree(popolo);
		assertThat(document.get("persons").size()).isPositive();
		assertThat(document.get("organizations").size()).isPositive();
		assertThat(document.get("memberships").size()).isPositive();
		assertThat(document.get("posts").size()).isPositive();
		document.get("persons").forEach(p -> assertThat(p.propertyNames()).containsExactlyInAnyOrder("id", "name"));
		List<String> personal = jdbc.sql("""
				SELECT id_number FROM directory_person WHERE id_number IS NOT NULL
				UNION SELECT mobile FROM directory_person WHERE mobile IS NOT NULL""").query(String.class).list();
		assertThat(personal).as("the demo world has personal data to hide").isNotEmpty();
		for (String value : personal) {
			assertThat(popolo).doesNotContain(value);
		}
		assertThat(popolo).doesNotContain("birth").doesNotContain("gender").doesNotContain("phone");
		document.get("memberships").forEach(m -> assertThat(m.get("role").asString()).isNotEqualTo("staff"));
		List<String> staff = jdbc.sql("""
				SELECT DISTINCT 'person/' || m.person_id FROM directory_membership m WHERE m.role = 'STAFF'
				AND NOT EXISTS (SELECT 1 FROM directory_membership o WHERE o.person_id = m.person_id AND o.role <> 'STAFF')""")
			.query(String.class).list();
		List<String> listed = new ArrayList<>();
		document.get("persons").forEach(p -> listed.add(p.get("id").asString()));
		staff.forEach(id -> assertThat(listed).doesNotContain(id));
	}

	/** A small RFC 4180 reader: quoted fields, doubled quotes, CRLF between records. */
	static List<List<String>> parse(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				field.append(c);
			}
		}
		if (!row.isEmpty() || field.length() > 0) {
			row.add(field.toString());
			rows.add(row);
		}
		return rows;
	}
}
