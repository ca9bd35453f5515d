package org.lvzhi.platform.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.accounts.Accounts;
import org.lvzhi.accounts.NewAccount;
import org.lvzhi.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every GET under {@code /api/v1} that the OpenAPI description lists is called, anonymously when
 * it is public and as a research office user when it answers 401, and its JSON answer is validated
 * against the response schema of the description (JSON Schema 2020-12, as OpenAPI 3.1 schemas are;
 * {@code $ref}s to the components resolve). An object schema with properties is closed: an answer
 * with a field the description does not declare fails, as does a null where the schema does not
 * allow null, and any type mismatch.
 */
@IntegrationTest
class OpenApiConformanceTests {

	/** The values of path parameters: a path with one that is not here fails the test. */
	static final Map<String, String> PATH_VALUES = Map.of("key", "regulations_passed", "year", "2023");

	/** The values of required query parameters. */
	static final Map<String, String> QUERY_VALUES = Map.of("year", "2023");

	private static final AtomicInteger ACCOUNTS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Accounts accounts;

	@Autowired
	UserDetailsService users;

	@Test
	void everyGetUnderApiV1AnswersWhatTheDescriptionSays() throws Exception {
		JsonNode docs = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
		JsonNode components = closed(docs.get("components").deepCopy());
		List<String> failures = new ArrayList<>();
		List<String> called = new ArrayList<>();
		RequestPostProcessor staff = staff();
		for (var path : docs.get("paths").properties()) {
			JsonNode operation = path.getValue().get("get");
			if (!path.getKey().startsWith("/api/v1/") || operation == null) {
				continue;
			}
			String url = fill(path.getKey());
			MockHttpServletRequestBuilder request = get(url);
			for (JsonNode parameter : iterable(operation.get("parameters"))) {
				if ("query".equals(parameter.get("in").asString()) && parameter.path("required").asBoolean(false)) {
					String value = QUERY_VALUES.get(parameter.get("name").asString());
					if (value == null) {
						fail("no example value for the required query parameter " + parameter.get("name") + " of " + path.getKey());
					}
					request.param(parameter.get("name").asString(), value);
				}
			}
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			boolean secured = operation.path("security").toString().contains("\"session\"");
			if (response.getStatus() == 401) {
				if (!secured) {
					failures.add(path.getKey() + ": answers 401 without sign-in but declares no security");
				}
				response = mvc.perform(request.with(staff)).andReturn().getResponse();
			}
			else if (secured) {
				failures.add(path.getKey() + ": declares the session but answers without it");
			}
			called.add(path.getKey());
			if (response.getStatus() != 200) {
				failures.add(path.getKey() + ": status " + response.getStatus() + " " + response.getContentAsString());
				continue;
			}
			JsonNode content = operation.get("responses").get("200").get("content");
			String type = response.getContentType();
			if (content.has("text/csv; charset=UTF-8") || content.has("text/csv")) {
				if (type == null || !type.startsWith("text/csv")) {
					failures.add(path.getKey() + ": described as CSV, answered " + type);
				}
				continue;
			}
			JsonNode described = content.has("application/json") ? content.get("application/json")
					: content.properties().iterator().next().getValue();
			ObjectNode schemaNode = ((JsonNode) described.get("schema")).deepCopy() instanceof ObjectNode o ? o : null;
			assertThat(schemaNode).as(path.getKey() + " has a response schema").isNotNull();
			schemaNode.set("components", components);
			schemaNode.put("$schema", "https://json-schema.org/draft/2020-12/schema");
			Schema schema = registry.getSchema(schemaNode.toString());
			JsonNode body = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
			List<Error> errors = schema.validate(body);
			if (!errors.isEmpty()) {
				failures.add(path.getKey() + ": " + errors.stream().limit(5).map(Error::toString).toList());
			}
		}
		assertThat(called).as("the API paths described").contains("/api/v1/catalogue", "/api/v1/laws", "/api/v1/popolo",
				"/api/v1/figures/{year}");
		assertThat(failures).isEmpty();
	}

	@Test
	void everyEndpointIsDescribedWithItsParametersAndItsRefusals() throws Exception {
		JsonNode docs = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		List<String> missing = new ArrayList<>();
		for (var path : docs.get("paths").properties()) {
			JsonNode operation = path.getValue().get("get");
			if (!path.getKey().startsWith("/api/v1/") || operation == null) {
				continue;
			}
			if (operation.path("summary").asString("").isBlank()) {
				missing.add(path.getKey() + " summary");
			}
			for (JsonNode parameter : iterable(operation.get("parameters"))) {
				if (parameter.path("description").asString("").isBlank()) {
					missing.add(path.getKey() + " parameter " + parameter.get("name").asString());
				}
			}
			for (String status : List.of("400", "404", "429", "500")) {
				if (!operation.get("responses").path(status).path("content").has(ApiProblem.MEDIA_TYPE)) {
					missing.add(path.getKey() + " " + status + " as problem details");
				}
			}
			JsonNode ok = operation.get("responses").get("200").get("content");
			if (path.getKey().endsWith(".csv") != ok.has(Csv.TYPE)) {
				missing.add(path.getKey() + " media type " + ok.propertyNames());
			}
		}
		assertThat(missing).isEmpty();
		JsonNode staffOnly = docs.get("paths").get("/api/v1/directory/popolo").get("get").get("responses");
		assertThat(staffOnly.get("401").get("content").has(ApiProblem.MEDIA_TYPE)).isTrue();
		JsonNode session = docs.get("components").get("securitySchemes").get("session");
		assertThat(session.get("type").asString()).isEqualTo("apiKey");
		assertThat(session.get("in").asString()).isEqualTo("cookie");
		assertThat(staffOnly.get("200").get("content").get("application/json").get("schema").get("$ref").asString())
			.endsWith("/Document");
	}

	@Test
	void aNullTheDescriptionDoesNotAllowOrAWrongTypeOrAnUndeclaredFieldFails() throws Exception {
		JsonNode docs = json.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		ObjectNode schemaNode = json.createObjectNode();
		schemaNode.put("$ref", "#/components/schemas/Law");
		schemaNode.set("components", closed(docs.get("components").deepCopy()));
		Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaNode.toString());
		String good = """
				{"id": 1, "title": "条例", "category": "地方性法规", "region": "太原市", "issuedOn": null,
				 "status": "IN_FORCE", "articles": 3, "link": "/public/laws/1"}""";
		assertThat(schema.validate(json.readTree(good))).isEmpty();
		assertThat(schema.validate(json.readTree(good.replace("\"title\": \"条例\"", "\"title\": null")))).isNotEmpty();
		assertThat(schema.validate(json.readTree(good.replace("\"articles\": 3", "\"articles\": \"3\"")))).isNotEmpty();
		assertThat(schema.validate(json.readTree(good.replace("\"id\": 1,", "\"id\": 1, \"mobile\": \"13800000000\",")))).isNotEmpty();
	}

	private RequestPostProcessor staff() {
		String username = "openapi-research-" + ACCOUNTS.incrementAndGet() + "-" + System.nanoTime();
		accounts.open(new NewAccount(username, "Lvzhi-test-pass-7", "接口测试", Role.STAFF, "RESEARCH", null, null));
		return user(users.loadUserByUsername(username));
	}

	private static String fill(String path) {
		String url = path;
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
		while (m.find()) {
			String value = PATH_VALUES.get(m.group(1));
			if (value == null) {
				fail("no example value for the path parameter {" + m.group(1) + "} of " + path);
			}
			url = url.replace(m.group(), value);
		}
		return url;
	}

	/** Closes every object schema that lists its properties: a field it does not declare is an error. */
	static JsonNode closed(JsonNode node) {
		if (node instanceof ObjectNode object) {
			if (object.has("properties") && !object.has("additionalProperties")) {
				object.put("additionalProperties", false);
			}
			object.properties().forEach(e -> closed(e.getValue()));
		}
		else if (node != null && node.isArray()) {
			node.forEach(OpenApiConformanceTests::closed);
		}
		return node;
	}

	private static Iterable<JsonNode> iterable(JsonNode node) {
		return node == null ? List.of() : node::iterator;
	}
}
