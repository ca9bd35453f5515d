package org.lvzhi.platform.opendata;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiDocsDump {
	@Autowired
	MockMvc mvc;

	@Test
	void dump() throws Exception {
		java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/opendata-apidocs.json"),
				mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		var r = mvc.perform(get("/api/v1/laws").param("size", "2")).andReturn().getResponse();
		java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/opendata-laws.txt"), r.getHeaderNames() + "\n"
				+ r.getHeader("ETag") + " " + r.getHeader("Cache-Control") + "\n" + r.getContentAsString() + "\n"
				+ mvc.perform(get("/api/v1/laws").param("size", "500")).andReturn().getResponse().getContentAsString()
				+ "\n" + mvc.perform(get("/api/v1/laws.csv").param("year", "2023")).andReturn().getResponse().getContentAsString()
				+ "\n" + mvc.perform(get("/api/v1/catalogue")).andReturn().getResponse().getContentAsString()
				+ "\n" + mvc.perform(get("/api/v1/directory/popolo")).andReturn().getResponse().getStatus());
	}
}
