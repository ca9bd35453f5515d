package org.lvzhi.liaison;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.lvzhi.search.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * How far staff may trust the routing hint on the forwarding step: how often it would have named
 * the body past opinions were really forwarded to ({@link Search#hintAccuracy}, leave-one-out over
 * {@link #SAMPLE} of them). Measuring costs one hint per sampled opinion, so the figure is kept for
 * {@link #FRESH_MINUTES} minutes and measured again in the background after that: a page shows the
 * last figure at once, and nothing before the first one is ready.
 */
@Component
class ForwardingHints {

	private static final Logger log = LoggerFactory.getLogger(ForwardingHints.class);

	static final int SAMPLE = 200;
	static final long FRESH_MINUTES = 10;

	private final Search search;
	private final AtomicBoolean measuring = new AtomicBoolean();
	private volatile Measured last;

	ForwardingHints(Search search) {
		this.search = search;
	}

	private record Measured(Search.HintAccuracy accuracy, long at) {
	}

	/** The last figure, or empty while none is ready or no opinion was ever forwarded. */
	Optional<Search.HintAccuracy> accuracy() {
		Measured m = last;
		if ((m == null || System.nanoTime() - m.at() > TimeUnit.MINUTES.toNanos(FRESH_MINUTES))
				&& measuring.compareAndSet(false, true)) {
			Thread.ofVirtual().name("opinion-hint-accuracy").start(() -> {
				try {
					measure();
				}
				catch (RuntimeException e) {
					log.warn("Measuring the forwarding hint's accuracy failed", e);
				}
				finally {
					measuring.set(false);
				}
			});
		}
		return Optional.ofNullable(m).map(Measured::accuracy).filter(a -> a.checked() > 0);
	}

	/** Measures now and keeps the figure. */
	Search.HintAccuracy measure() {
		Search.HintAccuracy accuracy = search.hintAccuracy(OpinionDocuments.TYPE, OpinionDocuments.FORWARDED_TO, SAMPLE);
		last = new Measured(accuracy, System.nanoTime());
		return accuracy;
	}
}
