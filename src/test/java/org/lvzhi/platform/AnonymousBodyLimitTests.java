package org.lvzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A post to a form anybody may send is refused unread when it is far larger than any honest
 * filling of the form; signed-in users' forms keep the container's larger limit.
 */
@IntegrationTest
class AnonymousBodyLimitTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;
	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/public/oversight-topics", "/public/filing-review", "/register", "/login",
			"/public/drafts/1/comments", "/public/liaison/intake/ABC", "/public/evaluation/XYZ" })
	void aPostOfAQuarterMegabyteToAPublicFormIsRefusedAsTooLarge(String path) throws Exception {
		mvc.perform(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("reason=" + "x".repeat(256 * 1024))).andExpect(status().isPayloadTooLarge());
	}

	@Test
	void aMegabyteTopicSentThroughTheServerIsRefusedAndNothingIsSaved() throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://localhost:" + port;
		String form = http.send(HttpRequest.newBuilder(URI.create(base + "/public/oversight-topics")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = CSRF.matcher(form);
		assertThat(csrf.find()).isTrue();
		String title = "超大议题" + System.nanoTime();
		String body = "_csrf=" + csrf.group(1) + "&title=" + URLEncoder.encode(title, StandardCharsets.UTF_8)
				+ "&proposer=x&reason=" + "y".repeat(1024 * 1024);

		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/public/oversight-topics"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("提交的内容太长");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM oversight_topic WHERE title = ?").param(title).query(Long.class).single())
			.isZero();
	}
}
