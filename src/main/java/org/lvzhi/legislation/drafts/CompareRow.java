package org.lvzhi.legislation.drafts;

import java.util.List;

import org.lvzhi.legislation.text.ArticleChange;
import org.lvzhi.legislation.text.TextDiff;
import org.lvzhi.legislation.text.TextDiff.Op;
import org.lvzhi.legislation.text.TextDiff.Segment;

/**
 * A row of the side-by-side comparison and of the comparison table: each side's label and text
 * cut into segments, struck-out text on the left, inserted text on the right.
 */
record CompareRow(ArticleChange.Change change, boolean renumbered, boolean reworded, String beforeLabel,
		String afterLabel, List<Segment> left, List<Segment> right, String beforePath, String afterPath) {

	static CompareRow of(ArticleChange c) {
		String beforeLabel = c.before() == null ? "" : c.before().label();
		String afterLabel = c.after() == null ? "" : c.after().label();
		List<Segment> left = switch (c.change()) {
			case ADDED -> List.of();
			case DELETED -> List.of(new Segment(Op.DELETED, c.before().text()));
			default -> TextDiff.side(c.diff(), true);
		};
		List<Segment> right = switch (c.change()) {
			case DELETED -> List.of();
			case ADDED -> List.of(new Segment(Op.INSERTED, c.after().text()));
			default -> TextDiff.side(c.diff(), false);
		};
		return new CompareRow(c.change(), c.renumbered(), c.reworded(), beforeLabel, afterLabel, left, right,
				String.join(" ", c.beforePath()), String.join(" ", c.afterPath()));
	}

	public boolean changed() {
		return change != ArticleChange.Change.UNCHANGED;
	}

	/**
	 * The message key naming what happened to the article. A moved article whose wording changed
	 * too says both, so that a reader of the table does not take its new words for the old ones.
	 */
	public String changeKey() {
		if (change == ArticleChange.Change.MOVED && reworded) {
			return "legislation.change.MOVED_REWORDED";
		}
		return "legislation.change." + change.name();
	}
}
