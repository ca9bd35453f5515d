package org.lvzhi.legislation.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Character differences between two versions of an article, for marking what was struck out and
 * what was put in. Longest common subsequence over characters after trimming the common start
 * and end; beyond {@link #MAX_CELLS} the middle is shown as replaced whole.
 */
public final class TextDiff {

	/** Kept below what a request may spend: 4 million cells take some milliseconds. */
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
		int n = a.length();
		int m = b.length();
		int[][] lcs = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lcs[i][j] = a.charAt(i) == b.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
			}
		}
		int i = 0;
		int j = 0;
		while (i < n && j < m) {
			if (a.charAt(i) == b.charAt(j)) {
				add(out, Op.SAME, String.valueOf(a.charAt(i)));
				i++;
				j++;
			}
			else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
				add(out, Op.DELETED, String.valueOf(a.charAt(i++)));
			}
			else {
				add(out, Op.INSERTED, String.valueOf(b.charAt(j++)));
			}
		}
		add(out, Op.DELETED, a.substring(i));
		add(out, Op.INSERTED, b.substring(j));
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
