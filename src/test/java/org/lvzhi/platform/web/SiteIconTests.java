package org.lvzhi.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The site's icon is served to anybody, so a browser's first request is not a 404 in the log. */
@IntegrationTest
class SiteIconTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyPageNamesTheIconAndBothFormsAreServedWithoutSigningIn() throws Exception {
		mvc.perform(get("/")).andExpect(content().string(containsString("/img/favicon.svg")));
		mvc.perform(get("/img/favicon.svg"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
		mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
	}
}
