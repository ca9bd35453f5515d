package org.lvzhi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

import com.ibm.icu.text.Transliterator;

class TraditionalFoldingTests {

	/** Every character ICU folds to another single character, as the table lists them. */
	static String icuTable() {
		Transliterator toSimplified = Transliterator.getInstance("Traditional-Simplified");
		StringBuilder table = new StringBuilder();
		for (char c = '\u3400'; c < '\uA000'; c++) {
			if (!Character.isIdeographic(c)) {
				continue;
			}
			String simplified = toSimplified.transliterate(String.valueOf(c));
			if (simplified.length() == 1 && simplified.charAt(0) != c) {
				table.append(c).append(simplified).append('\n');
			}
		}
		return table.toString();
	}

	@Test
	void theBundledTableIsIcusTraditionalToSimplifiedTransform() throws IOException {
		String expected = icuTable();
		if (Boolean.getBoolean("lvzhi.search.writeFolding")) {
			Files.writeString(Path.of("src/main/resources" + TraditionalFolding.TABLE), expected, StandardCharsets.UTF_8);
		}
		try (InputStream in = TraditionalFolding.class.getResourceAsStream(TraditionalFolding.TABLE)) {
			assertThat(in).as("the table is bundled").isNotNull();
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
		}
	}

	@Test
	void traditionalTextIsFoundBySimplifiedWordsWithOffsetsOfTheOriginal() throws IOException {
		assertThat(TraditionalFolding.fold("優化營商環境條例")).isEqualTo("优化营商环境条例");
		assertThat(TraditionalFolding.fold("人大常委会 ABC 123")).isEqualTo("人大常委会 ABC 123");

		List<String> words = new ArrayList<>();
		List<Integer> starts = new ArrayList<>();
		try (ChineseAnalysis analysis = new ChineseAnalysis();
				TokenStream stream = analysis.tokenStream("body", "關於優化營商環境的決定")) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(term.toString());
				starts.add(offset.startOffset());
			}
			stream.end();
		}
		assertThat(words).contains("营商环境", "决定");
		assertThat(starts.get(words.indexOf("营商环境"))).isEqualTo(4);
	}
}
