package org.lvzhi.legislation.library;

import java.util.ArrayList;
import java.util.List;

import org.lvzhi.legislation.text.Clause;
import org.lvzhi.legislation.text.LawText;
import org.lvzhi.legislation.text.Unit;

/**
 * A law or draft laid out for reading: each unit with its anchor ({@code u<seq>}), articles with
 * their 款, 项 and 目, and the table of contents of its divisions.
 */
public record LawPage(List<Entry> entries, List<Entry> contents) {

	/** A unit at its place; {@code clauses} only for articles. */
	record Entry(int seq, Unit unit, List<Clause> clauses) {

		public String anchor() {
			return "u" + seq;
		}

		public int depth() {
			return unit.kind().depth();
		}
	}

	public static LawPage of(LawText text) {
		List<Entry> entries = new ArrayList<>();
		List<Entry> contents = new ArrayList<>();
		for (int seq = 0; seq < text.units().size(); seq++) {
			Unit unit = text.units().get(seq);
			Entry entry = new Entry(seq, unit, unit.isArticle() ? unit.clauses() : List.of());
			entries.add(entry);
			if (unit.kind().isDivision()) {
				contents.add(entry);
			}
		}
		return new LawPage(entries, contents);
	}
}
