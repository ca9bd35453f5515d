package org.lvzhi.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.lvzhi.AnonymousClient;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The two public forms of oversight, the citizen's request for a filing review and the proposal of
 * an oversight topic: each post creates at most one record, a refresh sends nothing again, and one
 * address sends only so many an hour.
 */
@IntegrationTest
class PublicFormsTests {

	private static final String FILING = "/public/filing-review";
	private static final String TOPICS = "/public/oversight-topics";

	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcClient jdbc;

	private long requestsTitled(String title) {
		return jdbc.sql("SELECT COUNT(*) FROM oversight_filing_request WHERE document_title = ?").param(title)
			.query(Long.class).single();
	}

	private long topicsTitled(String title) {
		return jdbc.sql("SELECT COUNT(*) FROM oversight_topic WHERE title = ?").param(title).query(Long.class).single();
	}

	private static MockHttpServletRequestBuilder reviewRequest(MockHttpServletRequestBuilder post, String title) {
		return post.param("documentTitle", title).param("reason", "与上位法相抵触。").param("requester", "测试公民")
			.param("contact", "13800000001");
	}

	private static MockHttpServletRequestBuilder topic(MockHttpServletRequestBuilder post, String title) {
		return post.param("title", title).param("reason", "群众反映强烈。").param("proposer", "测试市民");
	}

	@Test
	void aReviewRequestIsAnsweredWithARedirectSoThatRefreshingTheReceiptSendsNothing() throws Exception {
		AnonymousClient visitor = AnonymousClient.fresh(mvc);
		String title = "关于某收费办法的审查请求" + System.nanoTime();
		MvcResult sent = mvc.perform(reviewRequest(visitor.post(FILING, FILING), title))
			.andExpect(status().is3xxRedirection()).andReturn();
		String receipt = sent.getResponse().getRedirectedUrl();
		String code = (String) sent.getFlashMap().get("issued");
		assertThat(code).hasSize(10);
		String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(receipt)
			.flashAttrs(sent.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(code);
		assertThat(requestsTitled(title)).isEqualTo(1);
	}

	@Test
	void aTopicProposalIsAnsweredWithARedirectSoThatRefreshingTheReceiptSendsNothing() throws Exception {
		AnonymousClient visitor = AnonymousClient.fresh(mvc);
		String title = "关于老旧小区加装电梯的议题" + System.nanoTime();
		MvcResult sent = mvc.perform(topic(visitor.post(TOPICS, TOPICS), title)).andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(sent.getFlashMap().get("number")).isNotNull();
		assertThat(topicsTitled(title)).isEqualTo(1);
	}

	@Test
	void aReviewRequestFormSentTwiceCreatesOneRequestAndShowsTheSameCode() throws Exception {
		AnonymousClient visitor = AnonymousClient.fresh(mvc);
		String title = "重复提交的审查请求" + System.nanoTime();
		Map<String, String> guard = visitor.guardOf(FILING);
		MvcResult first = mvc.perform(reviewRequest(visitor.prepared(FILING, guard), title)).andReturn();
		MvcResult second = mvc.perform(reviewRequest(visitor.prepared(FILING, guard), title)).andReturn();
		assertThat(requestsTitled(title)).isEqualTo(1);
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(second.getFlashMap().get("issued")).isEqualTo(first.getFlashMap().get("issued"));
	}

	@Test
	void tenParallelPostsOfOneTopicFormCreateOneTopic() throws Exception {
		AnonymousClient visitor = AnonymousClient.fresh(mvc);
		String title = "并行提交的议题" + System.nanoTime();
		Map<String, String> guard = visitor.guardOf(TOPICS);
		Sessions sessions = new Sessions(visitor, 10);
		List<Integer> statuses = parallel(10, () -> mvc
			.perform(topic(visitor.prepared(TOPICS, guard).session(sessions.next()), title))
			.andReturn().getResponse().getStatus());
		assertThat(topicsTitled(title)).isEqualTo(1);
		assertThat(statuses).allMatch(s -> s == 302 || s == 200);
	}

	@Test
	void tenParallelPostsOfOneReviewRequestFormCreateOneRequest() throws Exception {
		AnonymousClient visitor = AnonymousClient.fresh(mvc);
		String title = "并行提交的审查请求" + System.nanoTime();
		Map<String, String> guard = visitor.guardOf(FILING);
		Sessions sessions = new Sessions(visitor, 10);
		parallel(10, () -> mvc.perform(reviewRequest(visitor.prepared(FILING, guard).session(sessions.next()), title))
			.andReturn().getResponse().getStatus());
		assertThat(requestsTitled(title)).isEqualTo(1);
	}

	@Test
	void oneAddressSendsOnlyFiveReviewRequestsAndFiveTopicsAnHour() throws Exception {
		AnonymousClient visitor = AnonymousClient.fresh(mvc);
		String title = "频繁的审查请求" + System.nanoTime();
		String topicTitle = "频繁的议题" + System.nanoTime();
		for (int i = 0; i < 6; i++) {
			mvc.perform(reviewRequest(visitor.post(FILING, FILING), title));
			mvc.perform(topic(visitor.post(TOPICS, TOPICS), topicTitle));
		}
		assertThat(requestsTitled(title)).isEqualTo(5);
		assertThat(topicsTitled(topicTitle)).isEqualTo(5);
		String refused = mvc.perform(topic(visitor.post(TOPICS, TOPICS), topicTitle)).andReturn().getResponse()
			.getContentAsString();
		assertThat(refused).contains("提交过于频繁").contains(topicTitle);
	}

	/**
	 * One copy of the visitor's session per parallel post, made before they start: a browser's
	 * double submit shares its session, but the test's session object is not thread-safe (the
	 * container's is), and the one-time form token, not the session, is what must hold.
	 */
	static final class Sessions {

		private final List<org.springframework.mock.web.MockHttpSession> copies = new ArrayList<>();
		private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

		Sessions(AnonymousClient visitor, int n) {
			var original = visitor.session();
			for (int i = 0; i < n; i++) {
				var copy = new org.springframework.mock.web.MockHttpSession(original.getServletContext(), original.getId());
				for (String name : java.util.Collections.list(original.getAttributeNames())) {
					copy.setAttribute(name, original.getAttribute(name));
				}
				copies.add(copy);
			}
		}

		org.springframework.mock.web.MockHttpSession next() {
			return copies.get(next.getAndIncrement() % copies.size());
		}
	}

	interface Call {
		int run() throws Exception;
	}

	static List<Integer> parallel(int n, Call call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> results = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return call.run();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> f : results) {
				statuses.add(f.get());
			}
			return statuses;
		}
		finally {
			pool.shutdown();
		}
	}
}
