package org.lvzhi.legislation.text;

import java.util.List;

/**
 * One row of a comparison of two versions: an article of the earlier version, of the later one,
 * or of both when they were matched.
 *
 * @param before the earlier article, {@code null} when added
 * @param after the later article, {@code null} when deleted
 * @param change what happened to it
 * @param similarity how alike the two texts are, in [0, 1]; 1 for identical text
 * @param diff the character differences from before to after; empty for added and deleted articles
 * @param beforePath the earlier article's chapter and section, for showing where it stood
 * @param afterPath the later article's chapter and section
 */
public record ArticleChange(Unit before, Unit after, Change change, double similarity, List<TextDiff.Segment> diff,
		List<String> beforePath, List<String> afterPath) {

	public enum Change {
		/** Same text; the number may have changed because articles were added or deleted before it. */
		UNCHANGED,
		/** Same place in the order of articles, different text. */
		REWORDED,
		/** Put elsewhere in the order of articles (perhaps also reworded). */
		MOVED,
		ADDED,
		DELETED
	}

	/** Whether the label changed, e.g. 第十条 became 第十一条. */
	public boolean renumbered() {
		return before != null && after != null && !before.label().equals(after.label());
	}

	/** Whether the text changed. */
	public boolean reworded() {
		return before != null && after != null && similarity < 1.0;
	}

	public boolean changed() {
		return change != Change.UNCHANGED;
	}
}
