package org.lvzhi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Both Popolo exports (the public one and the staff's full one) are valid Popolo documents: every
 * membership's constituency is an area the document lists, referenced by its id, never a plain string.
 */
@IntegrationTest
class PopoloSchemaTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	JsonMapper json;
	@Autowired
	UserDetailsService users;

	@Test
	void bothExportsAreValidPopoloWithTheirAreasListed() throws Exception {
		Schema schema;
		try (InputStream in = getClass().getResourceAsStream("/popolo/popolo.schema.json")) {
			schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
				.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		String open = mvc.perform(get("/api/v1/popolo")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String full = mvc.perform(get("/api/v1/directory/popolo").with(user(users.loadUserByUsername("daibiao-gw"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		for (String document : List.of(open, full)) {
			JsonNode root = json.readTree(document);
			List<Error> errors = schema.validate(root);
			assertThat(errors).as("schema errors").isEmpty();
			Set<String> areas = new HashSet<>();
			root.get("areas").forEach(a -> areas.add(a.get("id").asString()));
			long withArea = 0;
			for (JsonNode m : root.get("memberships")) {
				if (m.has("area_id")) {
					assertThat(areas).as("the area of " + m.get("id").asString()).contains(m.get("area_id").asString());
					withArea++;
				}
			}
			assertThat(withArea).as("deputies' memberships carry their constituency").isPositive();
		}
		// The same constituency gets the same id in both documents.
		assertThat(json.readTree(open).get("areas").get(0).get("id").asString()).isIn(
				json.readTree(full).get("areas").valueStream().map(a -> a.get("id").asString()).toList());
	}

	@Test
	void theSchemaRefusesAnAreaGivenAsAPlainString() throws Exception {
		Schema schema;
		try (InputStream in = getClass().getResourceAsStream("/popolo/popolo.schema.json")) {
			schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
				.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		String doc = """
				{"persons": [], "organizations": [], "posts": [], "areas": [],
				 "memberships": [{"id": "membership/1", "person_id": "person/1", "organization_id": "organization/1",
				  "area": "小店区第三选区"}]}""";
		assertThat(schema.validate(json.readTree(doc))).isNotEmpty();
		assertThat(schema.validate(json.readTree(doc.replace("\"area\": \"小店区第三选区\"", "\"phone\": \"13800000000\""))))
			.isNotEmpty();
	}
}
