package org.lvzhi.demo;

/**
 * A module's part of the demo world. Contributors run in {@link #order()} when the demo is
 * wanted, each in one transaction that also records it as done (decision 14), and must write
 * through the modules' public APIs. A contributor must therefore not commit on its own (no
 * REQUIRES_NEW) and must not swallow a failed use case: either would break the all-or-nothing of
 * its part.
 */
public interface DemoContributor {

	/** Smaller runs first; the directory contributes at 100, the accounts last at 1000. */
	int order();

	/**
	 * A stable name; it seeds this contributor's random and records the part as loaded, so keep
	 * it fixed.
	 */
	String name();

	void contribute(DemoContext context);
}
