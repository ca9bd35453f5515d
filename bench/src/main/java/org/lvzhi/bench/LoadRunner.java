package org.lvzhi.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A closed-loop load: {@code threads} workers each send one request, wait for its answer and send
 * the next, for a warm-up (not recorded) and then a measured window. Every request that starts in
 * the window is timed; requests per second are those requests over the time from the window's start
 * to the last answer. A worker reports a failure by throwing: the request counts as an error and its
 * latency is not recorded.
 */
public final class LoadRunner {

	private LoadRunner() {
	}

	/** One client: a session, a connection. Opened before the clock starts, closed after. */
	public interface Worker extends AutoCloseable {

		void call(SplittableRandom random) throws Exception;

		@Override
		default void close() throws Exception {
		}
	}

	@FunctionalInterface
	public interface WorkerFactory {

		Worker open(int thread) throws Exception;
	}

	public static Result run(String scenario, String mode, int threads, Duration warmup, Duration measure, long seed,
			WorkerFactory factory) throws Exception {
		Worker[] workers = new Worker[threads];
		for (int i = 0; i < threads; i++) {
			workers[i] = factory.open(i);
		}
		long[][] latencies = new long[threads][];
		int[] counts = new int[threads];
		long[] errors = new long[threads];
		long[] lastDone = new long[threads];
		AtomicReference<String> firstError = new AtomicReference<>();
		long[] clock = new long[2];
		CyclicBarrier start = new CyclicBarrier(threads, () -> {
			long now = System.nanoTime();
			clock[0] = now + warmup.toNanos();
			clock[1] = clock[0] + measure.toNanos();
		});
		Thread[] running = new Thread[threads];
		for (int t = 0; t < threads; t++) {
			int id = t;
			running[t] = Thread.ofPlatform().name("load-" + mode + "-" + t).start(() -> {
				SplittableRandom random = new SplittableRandom(seed * 1_000_003L + id);
				long[] own = new long[1 << 14];
				int n = 0;
				try {
					start.await();
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
				long measureFrom = clock[0];
				long until = clock[1];
				while (true) {
					long s = System.nanoTime();
					if (s >= until) {
						break;
					}
					boolean ok = true;
					try {
						workers[id].call(random);
					}
					catch (Exception | AssertionError e) {
						ok = false;
						errors[id]++;
						firstError.compareAndSet(null, e.toString());
					}
					long done = System.nanoTime();
					if (s >= measureFrom && ok) {
						if (n == own.length) {
							own = Arrays.copyOf(own, n * 2);
						}
						own[n++] = done - s;
						lastDone[id] = Math.max(lastDone[id], done);
					}
				}
				latencies[id] = own;
				counts[id] = n;
			});
		}
		for (Thread t : running) {
			t.join();
		}
		for (Worker w : workers) {
			w.close();
		}
		int total = Arrays.stream(counts).sum();
		long[] all = new long[total];
		int at = 0;
		for (int t = 0; t < threads; t++) {
			System.arraycopy(latencies[t], 0, all, at, counts[t]);
			at += counts[t];
		}
		Arrays.sort(all);
		long end = Math.max(Arrays.stream(lastDone).max().orElse(clock[1]), clock[0] + 1);
		double seconds = (end - clock[0]) / 1e9;
		return new Result(scenario, mode, threads, total, Arrays.stream(errors).sum(), firstError.get(), seconds,
				total / seconds, ms(percentile(all, 0.50)), ms(percentile(all, 0.90)), ms(percentile(all, 0.99)),
				ms(total == 0 ? 0 : all[total - 1]), total == 0 ? 0 : ms(Arrays.stream(all).sum() / total));
	}

	/** Nearest rank: the smallest recorded latency with at least {@code p} of the others at or below it. */
	static long percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int rank = (int) Math.ceil(p * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	/** What one run of one scenario in one mode measured. Latencies in milliseconds. */
	public record Result(String scenario, String mode, int threads, long requests, long errors, String firstError,
			double seconds, double perSecond, double p50, double p90, double p99, double max, double mean) {
	}
}
