package org.lvzhi.demo;

import java.util.Random;

/**
 * What a contributor gets: the configured seed, from which each contributor derives its own
 * random, so that adding a contributor never changes the data of another.
 */
public record DemoContext(long seed) {

	/** A random that depends only on the seed and the given name. */
	public Random random(String name) {
		return new Random(seed * 1_000_003L + name.hashCode());
	}
}
