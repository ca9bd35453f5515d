package org.lvzhi.reporting.annual;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * What changed between two revisions, paragraph by paragraph (the text keeps one paragraph per
 * line): java-diff-utils' Myers diff over the lines, laid out as one list of kept, removed and
 * added paragraphs in reading order.
 */
final class RevisionDiff {

	enum Kind {
		SAME, REMOVED, ADDED
	}

	record Line(Kind kind, String text) {
	}

	private RevisionDiff() {
	}

	static List<Line> between(String older, String newer) {
		List<String> a = lines(older);
		List<String> b = lines(newer);
		List<Line> out = new ArrayList<>();
		int at = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
			int from = delta.getSource().getPosition();
			while (at < from) {
				out.add(new Line(Kind.SAME, a.get(at++)));
			}
			delta.getSource().getLines().forEach(l -> out.add(new Line(Kind.REMOVED, l)));
			delta.getTarget().getLines().forEach(l -> out.add(new Line(Kind.ADDED, l)));
			at = from + delta.getSource().size();
		}
		while (at < a.size()) {
			out.add(new Line(Kind.SAME, a.get(at++)));
		}
		return out;
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}
}
