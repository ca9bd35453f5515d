package org.lvzhi.suggestions;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two submits in two threads whose transactions overlap: the first takes its number and holds its
 * transaction open for a while; the second starts while the first has not committed yet.
 */
public final class Concurrently {

	private Concurrently() {
	}

	/** @return the numbers the two calls returned, first's then second's */
	public static String[] twice(TransactionTemplate transaction, Supplier<String> first, Supplier<String> second)
			throws Exception {
		CountDownLatch firstHasNumber = new CountDownLatch(1);
		CompletableFuture<String> a = CompletableFuture.supplyAsync(() -> transaction.execute(tx -> {
			String number = first.get();
			firstHasNumber.countDown();
			sleep(400);
			return number;
		}));
		CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> {
			await(firstHasNumber);
			return transaction.execute(tx -> second.get());
		});
		return new String[] { a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS) };
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
