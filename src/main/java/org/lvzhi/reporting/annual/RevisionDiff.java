package org.lvzhi.reporting.annual;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two revisions, paragraph by paragraph (the text keeps one paragraph per
 * line): the longest common subsequence of lines stays, the rest is removed or added.
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
		int[][] common = new int[a.size() + 1][b.size() + 1];
		for (int i = a.size() - 1; i >= 0; i--) {
			for (int j = b.size() - 1; j >= 0; j--) {
				common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Line> out = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.size() && j < b.size()) {
			if (a.get(i).equals(b.get(j))) {
				out.add(new Line(Kind.SAME, a.get(i)));
				i++;
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				out.add(new Line(Kind.REMOVED, a.get(i++)));
			}
			else {
				out.add(new Line(Kind.ADDED, b.get(j++)));
			}
		}
		while (i < a.size()) {
			out.add(new Line(Kind.REMOVED, a.get(i++)));
		}
		while (j < b.size()) {
			out.add(new Line(Kind.ADDED, b.get(j++)));
		}
		return out;
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}
}
