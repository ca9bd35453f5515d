package org.lvzhi.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

/**
 * A document source for the rebuild tests that stops halfway through until the test lets it go
 * on, so that a test can search and change documents while a rebuild is running.
 */
@Component
class GatedNotes implements DocumentSource {

	static final String TYPE = "test-gated";

	private volatile List<SearchDocument> documents = List.of();
	private volatile CountDownLatch halfway = new CountDownLatch(0);
	private volatile CountDownLatch release = new CountDownLatch(0);
	private volatile boolean failHalfway;

	static SearchDocument note(String id, String body, String scope) {
		return new SearchDocument(TYPE, id, "标题" + id, body, Map.of(), LocalDate.of(2023, 1, 1), Set.of(scope));
	}

	/** The next rebuilds read these documents without stopping. */
	void serve(List<SearchDocument> served) {
		documents = List.copyOf(served);
		halfway = new CountDownLatch(0);
		release = new CountDownLatch(0);
		failHalfway = false;
	}

	/** The next rebuild reads these documents and stops halfway until {@link #release()}. */
	void gate(List<SearchDocument> served, boolean fail) {
		documents = List.copyOf(served);
		halfway = new CountDownLatch(1);
		release = new CountDownLatch(1);
		failHalfway = fail;
	}

	boolean awaitHalfway() throws InterruptedException {
		return halfway.await(30, TimeUnit.SECONDS);
	}

	void release() {
		release.countDown();
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public long size() {
		return documents.size();
	}

	@Override
	public void forEach(Consumer<SearchDocument> consumer) {
		List<SearchDocument> all = documents;
		for (int i = 0; i < all.size(); i++) {
			if (i == all.size() / 2 && halfway.getCount() > 0) {
				halfway.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException(e);
				}
				if (failHalfway) {
					throw new IllegalStateException("the source failed halfway");
				}
			}
			consumer.accept(all.get(i));
		}
	}
}
