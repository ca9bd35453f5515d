package org.lvzhi.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import com.huaban.analysis.jieba.JiebaSegmenter;
import com.huaban.analysis.jieba.SegToken;
import com.huaban.analysis.jieba.WordDictionary;

/**
 * Splits Chinese text into words with jieba's index mode, which emits a long word together with
 * the dictionary words inside it (人大常委会 also as 人大, 常委会), so that users find a record
 * by the shorter words they type.
 *
 * <p>Tokens are sorted by start offset because Lucene refuses offsets that go backwards. A word
 * overlapping the one before it shares its position, so that phrase queries analysed the same
 * way still line up.
 */
final class JiebaTokenizer extends Tokenizer {

	private static final Comparator<SegToken> BY_OFFSET = Comparator.<SegToken>comparingInt(t -> t.startOffset)
		.thenComparingInt(t -> t.endOffset);

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

	private final Deque<SegToken> pending = new ArrayDeque<>();
	/** Kept between texts: an analyzer reuses its tokenizer, and a query is analysed several times. */
	private final StringBuilder read = new StringBuilder();
	private final char[] buffer = new char[512];
	private int coveredUpTo;
	private int finalOffset;

	@Override
	public boolean incrementToken() throws IOException {
		clearAttributes();
		SegToken token;
		do {
			token = pending.pollFirst();
			if (token == null) {
				return false;
			}
		}
		while (!isWord(token.word));
		term.append(token.word);
		offset.setOffset(correctOffset(token.startOffset), correctOffset(token.endOffset));
		increment.setPositionIncrement(token.startOffset >= coveredUpTo ? 1 : 0);
		coveredUpTo = Math.max(coveredUpTo, token.endOffset);
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		String text = readAll();
		finalOffset = correctOffset(text.length());
		pending.clear();
		coveredUpTo = 0;
		List<SegToken> tokens = ChineseAnalysis.segmenter().process(text, JiebaSegmenter.SegMode.INDEX);
		tokens.addAll(longerInnerWords(tokens));
		tokens.sort(BY_OFFSET);
		pending.addAll(tokens);
	}

	@Override
	public void end() throws IOException {
		super.end();
		offset.setOffset(finalOffset, finalOffset);
	}

	/**
	 * Index mode adds only the two- and three-character words inside a long word; dictionary words
	 * of four characters or more inside it (垃圾分类 in 生活垃圾分类) are added here.
	 */
	private static List<SegToken> longerInnerWords(List<SegToken> tokens) {
		WordDictionary dictionary = WordDictionary.getInstance();
		List<SegToken> inner = new ArrayList<>();
		for (SegToken token : tokens) {
			String word = token.word;
			for (int length = 4; length < word.length(); length++) {
				for (int from = 0; from + length <= word.length(); from++) {
					String part = word.substring(from, from + length);
					if (dictionary.containsWord(part)) {
						inner.add(new SegToken(part, token.startOffset + from, token.startOffset + from + length));
					}
				}
			}
		}
		return inner;
	}

	private String readAll() throws IOException {
		read.setLength(0);
		for (int n = input.read(buffer); n != -1; n = input.read(buffer)) {
			read.append(buffer, 0, n);
		}
		return read.toString();
	}

	/** Punctuation and spaces come back from jieba as tokens of their own; they are not words. */
	private static boolean isWord(String token) {
		return token.codePoints().anyMatch(Character::isLetterOrDigit);
	}
}
