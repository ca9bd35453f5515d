package org.lvzhi.legislation;

import java.time.Instant;

/**
 * The text of one reading of a project.
 *
 * @param reading 0 for the draft as submitted, 1 to 3 for the first to third reading, 4 for the
 *     text put to the vote
 */
record DraftVersion(DraftId id, ProjectId project, int reading, String title, int articleCount, String sourceName,
		Instant createdAt) {

	static final int FIRST = 0;
	static final int LAST = 4;
}
