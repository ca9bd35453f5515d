package org.lvzhi.search;

import java.util.Set;
import java.util.UUID;

/**
 * Notes for the search tests. Each test reads through a scope key of its own, so notes written by
 * other tests in the shared index never change its results.
 */
final class NoteFixture {

	private NoteFixture() {
	}

	/** A scope key nobody else uses, e.g. {@code org:test-3f2a…}. */
	static String privateScope() {
		return "org:test-" + UUID.randomUUID();
	}

	static TestNotes.Note note(String title, String body, String unit, String... readers) {
		return new TestNotes.Note(UUID.randomUUID().toString(), title, body, unit, Set.of(readers));
	}
}
