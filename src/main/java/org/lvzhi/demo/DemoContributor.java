package org.lvzhi.demo;

/**
 * A module's part of the demo world. Contributors run in {@link #order()} when the demo is
 * enabled and the directory is empty, and must write through the modules' public APIs.
 */
public interface DemoContributor {

	/** Smaller runs first; the directory contributes at 100, accounts at 900. */
	int order();

	/** A stable name; it also seeds this contributor's random, so keep it fixed. */
	String name();

	void contribute(DemoContext context);
}
