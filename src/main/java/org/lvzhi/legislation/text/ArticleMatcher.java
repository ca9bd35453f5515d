package org.lvzhi.legislation.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares two versions of a text article by article (see docs/decisions/0010): articles with the
 * same text are paired first, then the remaining ones by the likeness of their wording (Dice
 * coefficient over character pairs, at least {@link #THRESHOLD}); of the pairs, those outside the
 * longest run kept in the same order count as moved. Numbers play no part in the matching, so an
 * article renumbered because another was inserted before it is found unchanged, not deleted and
 * added.
 */
public final class ArticleMatcher {

	/** Below this likeness two articles are taken as different ones. */
	public static final double THRESHOLD = 0.45;

	public List<ArticleChange> compare(LawText before, LawText after) {
		List<Unit> a = before.articles();
		List<Unit> b = after.articles();
		List<List<String>> pathsA = articlePaths(before);
		List<List<String>> pathsB = articlePaths(after);
		int[] matchOfB = new int[b.size()];
		double[] likeness = new double[b.size()];
		Arrays.fill(matchOfB, -1);
		boolean[] usedA = new boolean[a.size()];

		pairIdentical(a, b, matchOfB, likeness, usedA);
		pairSimilar(a, b, matchOfB, likeness, usedA);
		boolean[] inOrder = keptInOrder(matchOfB);

		List<ArticleChange> rows = new ArrayList<>();
		int nextA = 0;
		for (int j = 0; j < b.size(); j++) {
			int i = matchOfB[j];
			if (i >= 0 && inOrder[j]) {
				for (; nextA < i; nextA++) {
					if (!usedA[nextA]) {
						rows.add(deleted(a.get(nextA), pathsA.get(nextA)));
					}
				}
				nextA = Math.max(nextA, i + 1);
			}
			if (i < 0) {
				rows.add(new ArticleChange(null, b.get(j), ArticleChange.Change.ADDED, 0, List.of(), List.of(),
						pathsB.get(j)));
				continue;
			}
			ArticleChange.Change change = !inOrder[j] ? ArticleChange.Change.MOVED
					: likeness[j] < 1.0 ? ArticleChange.Change.REWORDED : ArticleChange.Change.UNCHANGED;
			rows.add(new ArticleChange(a.get(i), b.get(j), change, likeness[j],
					TextDiff.diff(a.get(i).text(), b.get(j).text()), pathsA.get(i), pathsB.get(j)));
		}
		for (; nextA < a.size(); nextA++) {
			if (!usedA[nextA]) {
				rows.add(deleted(a.get(nextA), pathsA.get(nextA)));
			}
		}
		return rows;
	}

	private static ArticleChange deleted(Unit unit, List<String> path) {
		return new ArticleChange(unit, null, ArticleChange.Change.DELETED, 0, List.of(), path, List.of());
	}

	private static List<List<String>> articlePaths(LawText text) {
		List<List<String>> all = Outline.paths(text.units());
		List<List<String>> paths = new ArrayList<>();
		for (int k = 0; k < text.units().size(); k++) {
			if (text.units().get(k).isArticle()) {
				paths.add(all.get(k));
			}
		}
		return paths;
	}

	static String normalized(Unit article) {
		return article.text().replaceAll("[\\s\\u3000]+", "");
	}

	/** Identical texts, each later article taking the first unused earlier one with its text. */
	private static void pairIdentical(List<Unit> a, List<Unit> b, int[] matchOfB, double[] likeness, boolean[] usedA) {
		Map<String, Deque<Integer>> byText = new HashMap<>();
		for (int i = 0; i < a.size(); i++) {
			byText.computeIfAbsent(normalized(a.get(i)), k -> new ArrayDeque<>()).add(i);
		}
		for (int j = 0; j < b.size(); j++) {
			Deque<Integer> same = byText.get(normalized(b.get(j)));
			if (same != null && !same.isEmpty()) {
				int i = same.poll();
				matchOfB[j] = i;
				likeness[j] = 1.0;
				usedA[i] = true;
			}
		}
	}

	private record Candidate(int i, int j, double likeness, double distance) {
	}

	/**
	 * The rest by likeness, best pairs first; between equally alike pairs the one whose positions
	 * in the two versions are closer wins, so that boilerplate articles pair with their neighbours.
	 */
	private static void pairSimilar(List<Unit> a, List<Unit> b, int[] matchOfB, double[] likeness, boolean[] usedA) {
		List<Integer> restA = new ArrayList<>();
		for (int i = 0; i < a.size(); i++) {
			if (!usedA[i]) {
				restA.add(i);
			}
		}
		if (restA.isEmpty()) {
			return;
		}
		Map<Integer, Map<String, Integer>> gramsA = new HashMap<>();
		for (int i : restA) {
			gramsA.put(i, bigrams(normalized(a.get(i))));
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int j = 0; j < b.size(); j++) {
			if (matchOfB[j] >= 0) {
				continue;
			}
			Map<String, Integer> gramsB = bigrams(normalized(b.get(j)));
			for (int i : restA) {
				double dice = dice(gramsA.get(i), gramsB);
				if (dice >= THRESHOLD) {
					double distance = Math.abs((double) i / a.size() - (double) j / b.size());
					candidates.add(new Candidate(i, j, dice, distance));
				}
			}
		}
		candidates.sort(Comparator.comparingDouble(Candidate::likeness).reversed()
			.thenComparingDouble(Candidate::distance));
		for (Candidate c : candidates) {
			if (!usedA[c.i()] && matchOfB[c.j()] < 0) {
				usedA[c.i()] = true;
				matchOfB[c.j()] = c.i();
				// Identical after normalisation only when whitespace differed: still not the same wording.
				likeness[c.j()] = Math.min(c.likeness(), 0.999);
			}
		}
	}

	static Map<String, Integer> bigrams(String s) {
		Map<String, Integer> grams = new HashMap<>();
		if (s.length() == 1) {
			grams.put(s, 1);
		}
		for (int k = 0; k + 1 < s.length(); k++) {
			grams.merge(s.substring(k, k + 2), 1, Integer::sum);
		}
		return grams;
	}

	static double dice(Map<String, Integer> x, Map<String, Integer> y) {
		int sizeX = x.values().stream().mapToInt(Integer::intValue).sum();
		int sizeY = y.values().stream().mapToInt(Integer::intValue).sum();
		if (sizeX + sizeY == 0) {
			return 1.0;
		}
		Map<String, Integer> small = x.size() <= y.size() ? x : y;
		Map<String, Integer> large = small == x ? y : x;
		int common = 0;
		for (Map.Entry<String, Integer> e : small.entrySet()) {
			Integer other = large.get(e.getKey());
			if (other != null) {
				common += Math.min(e.getValue(), other);
			}
		}
		return 2.0 * common / (sizeX + sizeY);
	}

	/** Which matched later articles belong to the longest run that keeps the earlier order. */
	static boolean[] keptInOrder(int[] matchOfB) {
		int n = matchOfB.length;
		boolean[] kept = new boolean[n];
		int[] tailIndex = new int[n + 1];
		int[] previous = new int[n];
		int length = 0;
		for (int j = 0; j < n; j++) {
			if (matchOfB[j] < 0) {
				continue;
			}
			int lo = 1;
			int hi = length;
			while (lo <= hi) {
				int mid = (lo + hi) >>> 1;
				if (matchOfB[tailIndex[mid]] < matchOfB[j]) {
					lo = mid + 1;
				}
				else {
					hi = mid - 1;
				}
			}
			previous[j] = lo > 1 ? tailIndex[lo - 1] : -1;
			tailIndex[lo] = j;
			length = Math.max(length, lo);
		}
		for (int j = length > 0 ? tailIndex[length] : -1; j >= 0; j = previous[j]) {
			kept[j] = true;
		}
		return kept;
	}
}
