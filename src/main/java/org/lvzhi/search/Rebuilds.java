package org.lvzhi.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.lvzhi.platform.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Rebuilds indexes from their sources, at once or in the background, and keeps the progress of
 * the latest rebuild of each type for the administrator's page. The index being replaced answers
 * searches until the new one is complete (see {@link TypeIndex#replaceAll}).
 */
@Component
class Rebuilds implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);

	private final Indexes indexes;
	private final DocumentSources sources;
	private final Clock clock;
	private final int threads;
	private final Map<String, Progress> latest = new ConcurrentHashMap<>();
	private final ExecutorService background = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("search-rebuild").daemon(true).factory());

	Rebuilds(Indexes indexes, DocumentSources sources, Clock clock, SearchProperties properties) {
		this.indexes = indexes;
		this.sources = sources;
		this.clock = clock;
		this.threads = properties.rebuildThreads();
	}

	/** Rebuilds in the calling thread; returns how many documents the new index holds. */
	long now(String type) {
		return run(prepare(type));
	}

	/** Starts a rebuild in the background and returns its progress at once. */
	Progress start(String type) {
		Progress progress = prepare(type);
		progress.future = background.submit(() -> {
			try {
				run(progress);
			}
			catch (RuntimeException e) {
				// Recorded in the progress, which the administrator's page shows.
			}
		});
		return progress;
	}

	/** The latest rebuild of a type since start-up, running or finished. */
	Optional<Progress> latest(String type) {
		return Optional.ofNullable(latest.get(type));
	}

	boolean running(String type) {
		return latest(type).map(Progress::running).orElse(false);
	}

	private Progress prepare(String type) {
		DocumentSource source = sources.forType(type)
			.orElseThrow(() -> new DomainException("search.rebuild.noSource", type));
		Progress progress = new Progress(type, clock.instant(), source);
		Progress before = latest.compute(type, (t, old) -> old != null && old.running() ? old : progress);
		if (before != progress) {
			throw new TypeIndex.RebuildRunning();
		}
		return progress;
	}

	private long run(Progress progress) {
		try {
			progress.expected = progress.source.size();
			TypeIndex index = indexes.forWriting(progress.type);
			long count = index.replaceAll(progress.source::forEach, progress.startedAt, progress.read::incrementAndGet,
					threads);
			progress.finish(clock.instant(), count, null);
			log.info("Rebuilt the {} search index: {} documents in {} s", progress.type, count,
					progress.elapsed().toSeconds());
			return count;
		}
		catch (RuntimeException e) {
			progress.finish(clock.instant(), -1, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
			if (!(e instanceof DomainException)) {
				log.warn("Could not rebuild the {} search index", progress.type, e);
			}
			throw e;
		}
	}

	/** A rebuild still running at shutdown is abandoned; its staging folder goes with the next rebuild. */
	@Override
	public void destroy() throws InterruptedException {
		background.shutdownNow();
		background.awaitTermination(10, TimeUnit.SECONDS);
	}

	/** Where a rebuild stands: documents read so far, of about how many, and how it ended. */
	static final class Progress {

		private final String type;
		private final Instant startedAt;
		private final DocumentSource source;
		private final AtomicLong read = new AtomicLong();
		private final long startedNanos = System.nanoTime();
		private volatile long finishedNanos;
		private volatile long expected = -1;
		private volatile Instant finishedAt;
		private volatile long documents = -1;
		private volatile String failure;
		private volatile Future<?> future;

		private Progress(String type, Instant startedAt, DocumentSource source) {
			this.type = type;
			this.startedAt = startedAt;
			this.source = source;
		}

		private void finish(Instant at, long count, String error) {
			finishedNanos = System.nanoTime();
			documents = count;
			failure = error;
			finishedAt = at;
		}

		public String type() {
			return type;
		}

		public Instant startedAt() {
			return startedAt;
		}

		public boolean running() {
			return finishedAt == null;
		}

		public boolean failed() {
			return finishedAt != null && failure != null;
		}

		public String failure() {
			return failure;
		}

		public long read() {
			return read.get();
		}

		/** About how many documents the source holds, or -1. */
		public long expected() {
			return expected;
		}

		/** Percent read, 0–100, or -1 when the size is unknown. */
		public int percent() {
			long of = expected;
			return of <= 0 ? -1 : (int) Math.min(100, read.get() * 100 / of);
		}

		/** Documents in the new index once finished, else -1. */
		public long documents() {
			return documents;
		}

		public Duration elapsed() {
			long end = finishedAt == null ? System.nanoTime() : finishedNanos;
			return Duration.ofNanos(end - startedNanos);
		}

		/** Documents read per second so far. */
		public long rate() {
			long millis = Math.max(1, elapsed().toMillis());
			return read.get() * 1000 / millis;
		}

		/** Waits until the rebuild has finished, for tests. */
		public void await(Duration timeout) throws Exception {
			Future<?> f = future;
			if (f != null) {
				f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
	}
}
