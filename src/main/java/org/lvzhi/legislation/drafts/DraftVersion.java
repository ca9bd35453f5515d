package org.lvzhi.legislation.drafts;

import java.time.Instant;

import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.ProjectId;

/**
 * The text of one reading of a project.
 *
 * @param reading 0 for the draft as submitted, 1 to 3 for the first to third reading, 4 for the
 *     text put to the vote
 */
public record DraftVersion(DraftId id, ProjectId project, int reading, String title, int articleCount, String sourceName,
		Instant createdAt) {

	public static final int FIRST = 0;
	public static final int LAST = 4;
}
