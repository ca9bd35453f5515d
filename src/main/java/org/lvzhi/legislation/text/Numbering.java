package org.lvzhi.legislation.text;

import java.util.List;
import java.util.Optional;

/**
 * Where a parsed draft stops making sense as a numbered text: no article at all, or an article
 * whose number does not follow the one before it (a gap, a repeat, a text that starts past 第一条).
 * Library texts are imported as published and are not checked; a draft is refused at that line
 * so that staff fix the text before members read a version with missing or doubled articles.
 */
public final class Numbering {

	/** The first place where the text breaks off, with its 1-based line number in the text as given. */
	public record Break(Kind kind, int line, String found, String previous, String expected) {
	}

	public enum Kind {
		NO_ARTICLES, FIRST_NOT_ONE, OUT_OF_SEQUENCE
	}

	private Numbering() {
	}

	public static Optional<Break> check(LawText text) {
		List<Unit> units = text.units();
		int line = 1 + count(text.head());
		int previous = 0;
		String previousLabel = "";
		int firstTextLine = 0;
		int firstLine = 0;
		for (int i = 0; i < units.size(); i++) {
			Unit unit = units.get(i);
			int at = line + count(unit.gap());
			if (firstLine == 0 && !unit.source().isBlank()) {
				firstLine = at;
			}
			if (unit.kind() == UnitKind.TEXT && firstTextLine == 0 && i > 0) {
				firstTextLine = at;
			}
			if (unit.isArticle()) {
				boolean sub = unit.label().contains("之");
				int expected = sub ? previous : previous + 1;
				if (unit.ordinal() != expected || (sub && previous == 0)) {
					String wanted = "第" + ChineseNumbers.format(previous + 1) + "条";
					return Optional.of(previous == 0
							? new Break(Kind.FIRST_NOT_ONE, at, unit.label(), "", wanted)
							: new Break(Kind.OUT_OF_SEQUENCE, at, unit.label(), previousLabel, wanted));
				}
				previous = unit.ordinal();
				previousLabel = unit.label();
			}
			line = at + count(unit.source());
		}
		if (previous == 0) {
			int stopped = firstTextLine > 0 ? firstTextLine : Math.max(firstLine, 1);
			return Optional.of(new Break(Kind.NO_ARTICLES, stopped, "", "", "第一条"));
		}
		return Optional.empty();
	}

	private static int count(String s) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) == '\n') {
				n++;
			}
		}
		return n;
	}
}
