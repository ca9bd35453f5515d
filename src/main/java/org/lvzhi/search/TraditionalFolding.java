package org.lvzhi.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.lucene.analysis.CharFilter;

/**
 * Folds traditional Chinese characters to simplified ones before segmentation, in documents and in
 * queries alike, so that 營商環境 finds 营商环境. The table ({@code search/traditional-simplified.txt})
 * holds ICU's Traditional-Simplified transform for single characters of the Basic Multilingual
 * Plane that map to one character; a test keeps it equal to ICU's. Character for character, so
 * offsets (snippets, highlighting) stay those of the original text.
 */
final class TraditionalFolding extends CharFilter {

	static final String TABLE = "/search/traditional-simplified.txt";

	private static final char[] SIMPLIFIED = load();

	TraditionalFolding(Reader input) {
		super(input);
	}

	/** The simplified form of a character, or the character itself. */
	static char fold(char c) {
		char s = SIMPLIFIED[c];
		return s == 0 ? c : s;
	}

	static String fold(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = fold(chars[i]);
		}
		return new String(chars);
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = input.read(buffer, offset, length);
		for (int i = offset; i < offset + Math.max(n, 0); i++) {
			buffer[i] = fold(buffer[i]);
		}
		return n;
	}

	@Override
	protected int correct(int offset) {
		return offset;
	}

	/** Lines of two characters: the traditional one, then the simplified one. */
	private static char[] load() {
		char[] table = new char[Character.MAX_VALUE + 1];
		try (InputStream in = TraditionalFolding.class.getResourceAsStream(TABLE)) {
			if (in == null) {
				return table;
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.length() == 2) {
					table[line.charAt(0)] = line.charAt(1);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return table;
	}
}
