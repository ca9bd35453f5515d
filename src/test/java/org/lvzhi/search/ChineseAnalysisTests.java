package org.lvzhi.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/**
 * The words the analyzer indexes for sentences of the 2023 work report and law titles: the
 * evidence behind decision 0006.
 */
class ChineseAnalysisTests {

	static List<String> words(Analyzer analyzer, String text) throws IOException {
		List<String> words = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(Fields.BODY, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
			}
			stream.end();
		}
		return words;
	}

	@Test
	void keepsCongressTermsWholeAndAlsoIndexesTheirParts() throws IOException {
		try (Analyzer jieba = new ChineseAnalysis()) {
			assertThat(words(jieba, "太原市人大常委会开展优化营商环境条例执法检查")).contains("人大常委会", "常委会", "人大", "营商",
					"营商环境", "执法检查", "执法", "检查");
			assertThat(words(jieba, "开展生活垃圾分类管理条例执法检查")).contains("生活垃圾分类", "垃圾分类", "垃圾", "分类");
			assertThat(words(jieba, "召开代表建议交办会")).contains("代表建议", "代表", "建议");
		}
	}

	@Test
	void smartcnSplitsTheWordsUsersType() throws IOException {
		try (Analyzer smartcn = new SmartChineseAnalyzer()) {
			assertThat(words(smartcn, "优化营商环境")).contains("营", "商").doesNotContain("营商");
			assertThat(words(smartcn, "人大常委会")).doesNotContain("人大常委会");
		}
	}

	@Test
	void dropsPunctuationAndFoldsWidthAndCase() throws IOException {
		try (Analyzer jieba = new ChineseAnalysis()) {
			assertThat(words(jieba, "“五办联动”，ＰＭ２.５！")).contains("五办联动", "pm2").doesNotContain("，", "“", "！");
		}
	}

	/**
	 * A suggestion's body of one unbroken word once held a request thread for good: the inner-word
	 * search was cubic in the word's length. Generous bounds, not a benchmark: a million Latin
	 * letters take milliseconds, a million Chinese characters are analysed up to the bound.
	 */
	@Test
	void analysesAMillionCharacterWordInBoundedTime() throws IOException {
		try (Analyzer jieba = new ChineseAnalysis()) {
			words(jieba, "预热");
			List<String> latin = assertTimeoutPreemptively(Duration.ofSeconds(3), () -> words(jieba, "a".repeat(1_000_000)));
			assertThat(latin).isNotEmpty().allSatisfy(t -> assertThat(t).hasSizeLessThanOrEqualTo(JiebaTokenizer.MAX_TOKEN_LENGTH));
			for (String han : List.of("垃", "的")) {
				List<String> tokens = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> words(jieba, han.repeat(1_000_000)));
				assertThat(tokens).isNotEmpty().allSatisfy(t -> assertThat(t).hasSizeLessThanOrEqualTo(JiebaTokenizer.MAX_TOKEN_LENGTH));
			}
		}
	}

	@Test
	void cutsOverlongTokensButStillFindsTheWordsInside() throws IOException {
		try (Analyzer jieba = new ChineseAnalysis()) {
			String unbroken = "x".repeat(30) + "生活垃圾分类" + "y".repeat(300) + "，优化营商环境";
			assertThat(words(jieba, unbroken)).contains("垃圾分类", "营商环境", "y".repeat(JiebaTokenizer.MAX_TOKEN_LENGTH)).allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(JiebaTokenizer.MAX_TOKEN_LENGTH));
		}
	}
}
