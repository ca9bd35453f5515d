package org.lvzhi.search;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, builds in the background every index that is empty or missing while its source
 * has documents (a new installation, a new type, a deleted index folder), so the application is
 * usable at once and search catches up. The jieba dictionary is loaded in the same background
 * work, as it takes seconds.
 */
@Component
class StartupRebuild {

	private static final Logger log = LoggerFactory.getLogger(StartupRebuild.class);

	private final SearchProperties properties;
	private final DocumentSources sources;
	private final Search search;
	private final Rebuilds rebuilds;
	private volatile CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

	StartupRebuild(SearchProperties properties, DocumentSources sources, Search search, Rebuilds rebuilds) {
		this.properties = properties;
		this.sources = sources;
		this.search = search;
		this.rebuilds = rebuilds;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildEmptyIndexes() {
		running = CompletableFuture.runAsync(() -> {
			ChineseAnalysis.segmenter();
			if (properties.rebuildOnStartup()) {
				List<String> types = new ArrayList<>(sources.types());
				types.stream().filter(type -> search.count(type) == 0).forEach(this::rebuild);
			}
		}, runnable -> Thread.ofPlatform().name("search-startup").daemon(true).start(runnable));
	}

	private void rebuild(String type) {
		try {
			rebuilds.now(type);
		}
		catch (RuntimeException e) {
			// Rebuilds logs the failure; an administrator's rebuild already running is as good.
			log.debug("Start-up build of the {} index skipped", type, e);
		}
	}

	/** Waits for the start-up work, for tests and for callers that need a complete index. */
	void await(long seconds) throws InterruptedException, TimeoutException {
		try {
			running.get(seconds, TimeUnit.SECONDS);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
	}
}
