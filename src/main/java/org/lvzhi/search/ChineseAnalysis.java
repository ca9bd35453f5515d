package org.lvzhi.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.WordDictionary;

/**
 * The analyzer of every text field: traditional characters folded to simplified
 * ({@link TraditionalFolding}), jieba words (see {@link JiebaTokenizer}), full-width Latin
 * letters and digits folded to half-width, lower case. Why jieba and not Lucene's smartcn:
 * {@code docs/decisions/0006-chinese-search-analysis.md}.
 *
 * <p>jieba keeps one dictionary per JVM; it takes seconds to load, so it is loaded once, together
 * with the congress terms of {@code search/congress-terms.dict}.
 */
final class ChineseAnalysis extends Analyzer {

	static final String USER_DICTIONARY = "/search/congress-terms.dict";

	private static volatile JiebaSegmenter segmenter;

	private final boolean folding;

	ChineseAnalysis() {
		this(true);
	}

	/** Without the folding of traditional characters: only to measure what the folding brings. */
	ChineseAnalysis(boolean folding) {
		this.folding = folding;
	}

	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return folding ? new TraditionalFolding(reader) : reader;
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		Tokenizer tokenizer = new JiebaTokenizer();
		TokenStream stream = new CJKWidthFilter(tokenizer);
		stream = new LowerCaseFilter(stream);
		return new TokenStreamComponents(tokenizer, stream);
	}

	/** The shared segmenter, loading the dictionaries on first use. */
	static JiebaSegmenter segmenter() {
		JiebaSegmenter local = segmenter;
		if (local == null) {
			synchronized (ChineseAnalysis.class) {
				local = segmenter;
				if (local == null) {
					local = new JiebaSegmenter();
					loadUserDictionary();
					segmenter = local;
				}
			}
		}
		return local;
	}

	/** jieba reads user dictionaries from files only, so the bundled one is copied out of the jar first. */
	private static void loadUserDictionary() {
		try (InputStream in = ChineseAnalysis.class.getResourceAsStream(USER_DICTIONARY)) {
			if (in == null) {
				return;
			}
			Path file = Files.createTempFile("lvzhi-congress-terms", ".dict");
			try {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
				WordDictionary.getInstance().loadUserDict(file, StandardCharsets.UTF_8);
			}
			finally {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
