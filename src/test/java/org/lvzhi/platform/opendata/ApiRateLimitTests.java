package org.lvzhi.platform.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.AnonymousClient;
import org.lvzhi.IntegrationTest;
import org.lvzhi.platform.abuse.ClientAddresses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import jakarta.servlet.Filter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rate limit of {@code /api/v1} with a low limit of its own: a filter built here with the
 * application's client address filter in front of it, on the shared application context, so that no
 * other test is throttled. The test proxy is {@code 10.255.0.0/16} (application-test.yml).
 */
@IntegrationTest
class ApiRateLimitTests {

	static final int LIMIT = 3;
	static final String PROXY = "10.255.3.1";

	@Autowired
	WebApplicationContext context;

	@Autowired
	ClientAddresses addresses;

	@Autowired
	ApiProblems problems;

	@Autowired
	JsonMapper json;

	MockMvc mvc;

	@BeforeEach
	void lowLimit() {
		Filter clientAddress = ((FilterRegistrationBean<?>) context.getBean("clientAddressFilter")).getFilter();
		// Half past a minute: the test's calls all fall in one window.
		Clock clock = Clock.fixed(Instant.parse("2026-12-07T10:00:30Z"), ZoneOffset.UTC);
		ApiRateLimit limit = new ApiRateLimit(new ApiSettings(LIMIT, LIMIT * 2, 300, null), addresses, problems, clock);
		mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(clientAddress, limit).apply(springSecurity()).build();
	}

	@Test
	void aClientGetsItsLimitPerMinuteAndThenProblemDetailsWithRetryAfter() throws Exception {
		String client = AnonymousClient.newAddress();
		for (int i = 0; i < LIMIT; i++) {
			assertThat(call(client, null).getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = call(client, null);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("30");
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		var problem = json.readTree(refused.getContentAsString(StandardCharsets.UTF_8));
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("detail").asString()).contains(String.valueOf(LIMIT), "30");
		assertThat(call(AnonymousClient.newAddress(), null).getStatus()).as("another client").isEqualTo(200);
	}

	@Test
	void clientsBehindTheTrustedProxyHaveABudgetEach() throws Exception {
		String first = AnonymousClient.newAddress();
		String second = AnonymousClient.newAddress();
		for (int i = 0; i < LIMIT; i++) {
			assertThat(call(PROXY, first).getStatus()).isEqualTo(200);
		}
		assertThat(call(PROXY, first).getStatus()).isEqualTo(429);
		assertThat(call(PROXY, second).getStatus()).as("the second client behind the same proxy").isEqualTo(200);
	}

	@Test
	void aForgedForwardedForFromAnUntrustedPeerGivesNoNewBudget() throws Exception {
		String peer = AnonymousClient.newAddress();
		for (int i = 0; i < LIMIT; i++) {
			assertThat(call(peer, AnonymousClient.newAddress()).getStatus()).isEqualTo(200);
		}
		assertThat(call(peer, AnonymousClient.newAddress()).getStatus()).isEqualTo(429);
		assertThat(call(peer, null).getStatus()).isEqualTo(429);
	}

	private MockHttpServletResponse call(String peer, String forwardedFor) throws Exception {
		var request = get("/api/v1/catalogue").with(AnonymousClient.from(peer));
		if (forwardedFor != null) {
			request.header("X-Forwarded-For", forwardedFor);
		}
		return mvc.perform(request).andReturn().getResponse();
	}
}
