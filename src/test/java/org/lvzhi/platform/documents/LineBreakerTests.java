package org.lvzhi.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Chinese line breaking with 禁则, measured in characters: every CJK character and full-width mark
 * is one unit wide, latin letters, digits and spaces half a unit.
 */
class LineBreakerTests {

	private static final LineBreaker.Widths WIDTHS = cp -> cp < 0x2E80 ? 0.5f : 1f;

	private static List<String> lines(String text, float width) {
		return LineBreaker.lines(text, width, width, WIDTHS);
	}

	@Test
	void chineseTextBreaksBetweenAnyTwoCharactersToFillTheLine() {
		assertThat(lines("一二三四五六七八九十", 4)).containsExactly("一二三四", "五六七八", "九十");
	}

	@Test
	void theFirstLineIsShorterByItsIndent() {
		assertThat(LineBreaker.lines("一二三四五六七八九十", 2, 4, WIDTHS)).containsExactly("一二", "三四五六", "七八九十");
	}

	@Test
	void closingPunctuationNeverStartsALineTheCharacterBeforeItGoesDownWithIt() {
		// 。 would start the second line: 四 goes down with it
		assertThat(lines("一二三四。五六", 4)).containsExactly("一二三", "四。五六");
		for (String mark : List.of("，", "、", "；", "：", "！", "？", "）", "》", "」", "』", "”")) {
			List<String> lines = lines("甲乙丙丁" + mark + "戊己庚辛壬癸", 4);
			assertThat(lines).as(mark).allSatisfy(line -> assertThat(LineBreaker.NO_START.indexOf(line.codePointAt(0))).isNegative());
			assertThat(String.join("", lines)).isEqualTo("甲乙丙丁" + mark + "戊己庚辛壬癸");
		}
	}

	@Test
	void openingPunctuationNeverEndsALine() {
		assertThat(lines("一二三《四五》六", 4)).containsExactly("一二三", "《四五》", "六");
		for (String mark : List.of("（", "《", "「", "『", "“")) {
			List<String> lines = lines("甲乙丙" + mark + "丁戊己庚", 4);
			assertThat(lines).as(mark).allSatisfy(line -> assertThat(LineBreaker.NO_END.indexOf(line.codePointBefore(line.length()))).isNegative());
		}
	}

	@Test
	void closingAfterOpeningMarksBothHold() {
		// "”。" may neither start a line: 丙 goes down with them
		assertThat(lines("甲乙“丙”。丁", 4)).containsExactly("甲乙", "“丙”。丁");
	}

	@Test
	void latinWordsAndNumbersAreNotBrokenWithin() {
		assertThat(lines("总额12345678元", 5)).containsExactly("总额", "12345678元");
		assertThat(lines("同比增长8.3%，", 5)).containsExactly("同比增长", "8.3%，");
		assertThat(lines("采用 Apache PDFBox 生成", 6)).containsExactly("采用 Apache", "PDFBox 生成");
	}

	@Test
	void aWordWiderThanTheLineIsCut() {
		assertThat(lines("ABCDEFGHIJ", 2)).containsExactly("ABCD", "EFGH", "IJ");
	}

	@Test
	void dashesAndEllipsesStayTogether() {
		assertThat(lines("一二三——四", 3.5f)).containsExactly("一二三", "——四");
		assertThat(lines("一二三……四", 3.5f)).containsExactly("一二三", "……四");
	}

	@Test
	void spacesAtTheEndsOfALineAreDroppedAndNewLinesBreak() {
		assertThat(lines("ab cd ef gh", 2.5f)).containsExactly("ab cd", "ef gh");
		assertThat(lines("一二\n三", 4)).containsExactly("一二", "三");
		assertThat(lines("", 4)).containsExactly("");
	}
}
