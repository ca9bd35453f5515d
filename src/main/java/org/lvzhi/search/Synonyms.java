package org.lvzhi.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The domain's synonyms and abbreviations ({@code search/synonyms.txt}), applied to what users type:
 * 人大 also searches 人民代表大会, 一府一委两院 the four bodies it stands for. At query time only,
 * so the list can change without rebuilding an index.
 *
 * <p>Matched on the text before segmentation, longest word first, because jieba cuts an
 * abbreviation differently from its long form and a token-level synonym filter would never see
 * the two as one word.
 */
final class Synonyms {

	static final String LIST = "/search/synonyms.txt";
	/** Variants beyond this add cost, not findings. */
	static final int MAX_VARIANTS = 8;

	private static final Synonyms BUNDLED = load(LIST);

	/** Word → the words it also searches, in the list's order. */
	private final Map<String, Set<String>> alternatives;
	private final int longest;

	Synonyms(Map<String, Set<String>> alternatives) {
		this.alternatives = Map.copyOf(alternatives);
		this.longest = alternatives.keySet().stream().mapToInt(String::length).max().orElse(0);
	}

	static Synonyms bundled() {
		return BUNDLED;
	}

	static Synonyms none() {
		return new Synonyms(Map.of());
	}

	int size() {
		return alternatives.size();
	}

	/**
	 * A way to read the text with a synonym: the text without the listed word, and the words that
	 * stand in its place (an abbreviation such as 一府一委两院 stands for several).
	 */
	record Variant(String rest, List<String> words) {
	}

	/**
	 * For each listed word in the text and each of its alternatives, the text read with the
	 * alternative in the word's place, at most {@link #MAX_VARIANTS}; the text itself is not among them.
	 */
	List<Variant> variants(String text) {
		List<Variant> variants = new ArrayList<>();
		if (text == null || alternatives.isEmpty()) {
			return variants;
		}
		String folded = TraditionalFolding.fold(text);
		int at = 0;
		while (at < folded.length() && variants.size() < MAX_VARIANTS) {
			String word = longestAt(folded, at);
			if (word == null) {
				at++;
				continue;
			}
			for (String other : alternatives.get(word)) {
				if (variants.size() == MAX_VARIANTS) {
					break;
				}
				variants.add(new Variant(folded.substring(0, at) + " " + folded.substring(at + word.length()),
						List.of(other.split("\\s+"))));
			}
			at += word.length();
		}
		return variants;
	}

	private String longestAt(String text, int at) {
		for (int length = Math.min(longest, text.length() - at); length >= 2; length--) {
			String word = text.substring(at, at + length);
			if (alternatives.containsKey(word)) {
				return word;
			}
		}
		return null;
	}

	static Synonyms load(String resource) {
		try (InputStream in = Synonyms.class.getResourceAsStream(resource)) {
			if (in == null) {
				return none();
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Lines {@code a, b, c} (each stands for the others) and {@code a => b, c} (one way); {@code #} comments. */
	static Synonyms parse(String list) {
		Map<String, Set<String>> alternatives = new LinkedHashMap<>();
		try (BufferedReader lines = new BufferedReader(new java.io.StringReader(list))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String entry = line.strip();
				if (entry.isEmpty() || entry.startsWith("#")) {
					continue;
				}
				int arrow = entry.indexOf("=>");
				if (arrow >= 0) {
					List<String> from = words(entry.substring(0, arrow));
					List<String> to = words(entry.substring(arrow + 2));
					for (String word : from) {
						to.stream().filter(t -> !t.equals(word))
							.forEach(t -> alternatives.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(t));
					}
				}
				else {
					List<String> group = words(entry);
					for (String word : group) {
						group.stream().filter(t -> !t.equals(word))
							.forEach(t -> alternatives.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(t));
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Synonyms(alternatives);
	}

	private static List<String> words(String part) {
		List<String> words = new ArrayList<>();
		for (String word : part.split("[,，]")) {
			String w = TraditionalFolding.fold(word.strip());
			if (!w.isEmpty()) {
				words.add(w);
			}
		}
		return words;
	}
}
