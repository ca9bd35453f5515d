package org.lvzhi.legislation.text;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * Character differences between two versions of an article, for marking what was struck out and
 * what was put in: java-diff-utils' Myers diff over the characters, after trimming the common
 * start and end. Within one change, what was struck out comes before what was put in. Beyond
 * {@link #MAX_CELLS} (the product of the two middles' lengths) the middle is shown as replaced
 * whole, so that two long, unrelated texts cost nothing.
 */
public final class TextDiff {

	/** Two middles of 2,000 characters each; texts longer than that are not articles. */
	static final long MAX_CELLS = 4_000_000L;

	public enum Op {
		SAME, DELETED, INSERTED
	}

	/** A run of characters with what happened to it. */
	public record Segment(Op op, String text) {
	}

	private TextDiff() {
	}

	public static List<Segment> diff(String before, String after) {
		List<Segment> out = new ArrayList<>();
		int prefix = 0;
		int max = Math.min(before.length(), after.length());
		while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < max - prefix
				&& before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
			suffix++;
		}
		add(out, Op.SAME, before.substring(0, prefix));
		String a = before.substring(prefix, before.length() - suffix);
		String b = after.substring(prefix, after.length() - suffix);
		if ((long) a.length() * b.length() > MAX_CELLS) {
			add(out, Op.DELETED, a);
			add(out, Op.INSERTED, b);
		}
		else {
			middle(out, a, b);
		}
		add(out, Op.SAME, before.substring(before.length() - suffix));
		return out;
	}

	private static void middle(List<Segment> out, String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			add(out, Op.DELETED, a);
			add(out, Op.INSERTED, b);
			return;
		}
		int at = 0;
		for (AbstractDelta<Character> delta : DiffUtils.diff(chars(a), chars(b)).getDeltas()) {
			int from = delta.getSource().getPosition();
			add(out, Op.SAME, a.substring(at, from));
			add(out, Op.DELETED, a.substring(from, from + delta.getSource().size()));
			int to = delta.getTarget().getPosition();
			add(out, Op.INSERTED, b.substring(to, to + delta.getTarget().size()));
			at = from + delta.getSource().size();
		}
		add(out, Op.SAME, a.substring(at));
	}

	private static List<Character> chars(String s) {
		List<Character> list = new ArrayList<>(s.length());
		for (int i = 0; i < s.length(); i++) {
			list.add(s.charAt(i));
		}
		return list;
	}

	private static void add(List<Segment> out, Op op, String text) {
		if (text.isEmpty()) {
			return;
		}
		if (!out.isEmpty() && out.getLast().op() == op) {
			out.set(out.size() - 1, new Segment(op, out.getLast().text() + text));
		}
		else {
			out.add(new Segment(op, text));
		}
	}

	/** The segments one side shows: the left side what was there before, the right side what is there after. */
	public static List<Segment> side(List<Segment> diff, boolean before) {
		Op hidden = before ? Op.INSERTED : Op.DELETED;
		return diff.stream().filter(s -> s.op() != hidden).toList();
	}
}
