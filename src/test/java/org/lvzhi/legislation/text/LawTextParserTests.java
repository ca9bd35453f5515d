package org.lvzhi.legislation.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.legislation.text.Clause.Level;

/** Shapes the parser meets in real texts and in drafts pasted from a word processor. */
class LawTextParserTests {

	final LawTextParser parser = new LawTextParser();

	LawText roundTrip(String source) {
		LawText text = parser.parse(source);
		assertThat(text.render()).isEqualTo(source);
		return text;
	}

	@Test
	void readsTitleHeaderChaptersArticlesParagraphsAndItems() {
		LawText law = roundTrip("""
				# 太原市测试条例

				2023年6月30日太原市第十五届人民代表大会常务委员会第十次会议通过

				<!-- INFO END -->

				## 第一章 总则

				第一条 为了测试，制定本条例。

				第二条 本条例适用于：

				（一）城市；

				（二）乡村。

				违反前款规定的，依法处理。

				## 第二章 附则

				第三条 本条例自2024年1月1日起施行。
				""");
		assertThat(law.title()).isEqualTo("太原市测试条例");
		assertThat(law.header()).startsWith("2023年6月30日");
		assertThat(law.units()).extracting(Unit::kind)
			.containsExactly(UnitKind.CHAPTER, UnitKind.ARTICLE, UnitKind.ARTICLE, UnitKind.CHAPTER, UnitKind.ARTICLE);
		Unit second = law.articles().get(1);
		assertThat(second.ordinal()).isEqualTo(2);
		assertThat(second.clauses()).extracting(Clause::level)
			.containsExactly(Level.PARAGRAPH, Level.ITEM, Level.ITEM, Level.PARAGRAPH);
		assertThat(second.clauses().get(1).marker()).isEqualTo("（一）");
		assertThat(second.text()).isEqualTo("本条例适用于：\n（一）城市；\n（二）乡村。\n违反前款规定的，依法处理。");
	}

	@Test
	void readsADraftPastedFromAWordProcessor() {
		LawText draft = roundTrip("""
				太原市养老服务条例（草案）
				第一章　总　　则
				　　第一条　为了规范养老服务，制定本条例。
				　　第二条　本市行政区域内的养老服务适用本条例。
				　　1．居家养老；
				第二章　附　　则
				　　第三条　本条例自公布之日起施行。""");
		assertThat(draft.articles()).extracting(Unit::label).containsExactly("第一条", "第二条", "第三条");
		assertThat(draft.articles().get(0).markup()).isEqualTo("　　");
		assertThat(draft.units().get(1).kind()).isEqualTo(UnitKind.CHAPTER);
		assertThat(draft.units().get(1).body()).isEqualTo("总　　则");
		assertThat(draft.articles().get(1).clauses().get(1).level()).isEqualTo(Level.SUBITEM);
		assertThat(draft.units().getFirst().kind()).isEqualTo(UnitKind.TEXT);
		assertThat(draft.title()).isEqualTo("太原市养老服务条例（草案）");
	}

	@Test
	void aProseLineStartingLikeAHeadingIsNotOne() {
		LawText text = roundTrip("""
				第一条 原文。

				第七节相应改为第八节，第一百二十三条至第一百三十八条相应改为第一百二十八条至第一百四十三条。
				""");
		assertThat(text.units()).hasSize(1);
		assertThat(text.articles().getFirst().clauses()).hasSize(2);
	}

	@Test
	void aReferenceAtTheStartOfALineDoesNotOpenAnArticle() {
		LawText text = roundTrip("第四条 原文。\n第五条规定的期限，依照本条执行。\n第五条 新条。");
		assertThat(text.articles()).extracting(Unit::label).containsExactly("第四条", "第五条");
		assertThat(text.articles().getFirst().clauses()).hasSize(2);
	}

	@Test
	void theNextArticleWithoutASpaceStillOpensOne() {
		LawText text = roundTrip("第一条为了保护湿地，制定本条例。\n第二条本条例适用于本市。");
		assertThat(text.articles()).extracting(Unit::ordinal).containsExactly(1, 2);
	}

	@Test
	void aSpaceSlippedIntoTheLabelOfTheNextArticleIsForgiven() {
		LawText text = roundTrip("第一百二十七条 询问被害人。\n\n第一百二十八 条侦查人员应当勘验。\n");
		assertThat(text.articles()).extracting(Unit::ordinal).containsExactly(127, 128);
		assertThat(roundTrip("第五十三条 甲。\n笫五十四条 乙。\n笫九条 丙。").articles()).extracting(Unit::label)
			.containsExactly("第五十三条", "笫五十四条");
	}

	@Test
	void unmarkedChapterWithoutSpaceAndMarkedSectionWithWideSpacesAreHeadings() {
		LawText text = roundTrip("第五章法律责任\n\n##  第二节\u2002\u2002乡村旅游\n\n第九条 内容。\n");
		assertThat(text.units()).extracting(Unit::kind)
			.containsExactly(UnitKind.CHAPTER, UnitKind.SECTION, UnitKind.ARTICLE);
		assertThat(text.units().get(1).body()).isEqualTo("乡村旅游");
	}

	@Test
	void preambleAppendixAndDecisionsWithoutArticlesAreKept() {
		LawText text = roundTrip("""
				# 决定

				<!-- INFO END -->

				## 序言

				为了……

				<!-- FORCE BREAK -->

				一、加强审查。

				第一条 正文。

				附件：国歌（五线谱版）

				1.歌词
				""");
		assertThat(text.units()).extracting(Unit::kind).containsExactly(UnitKind.HEADING, UnitKind.TEXT,
				UnitKind.TEXT, UnitKind.TEXT, UnitKind.ARTICLE, UnitKind.HEADING, UnitKind.TEXT);
	}

	@Test
	void keepsOddWhitespaceAndMissingFinalNewline() {
		for (String s : List.of("", "\n", "第一条\u3000内容", "\n\n  \n第一条 a\r\n\n b  ", "# 只有标题")) {
			roundTrip(s);
		}
	}

	@Test
	void readsChineseNumerals() {
		assertThat(ChineseNumbers.parse("一百零一")).isEqualTo(101);
		assertThat(ChineseNumbers.parse("十")).isEqualTo(10);
		assertThat(ChineseNumbers.parse("十二")).isEqualTo(12);
		assertThat(ChineseNumbers.parse("一千二百六十")).isEqualTo(1260);
		assertThat(ChineseNumbers.parse("两千")).isEqualTo(2000);
		assertThat(ChineseNumbers.parse("一〇一")).isEqualTo(101);
		assertThat(ChineseNumbers.format(101)).isEqualTo("一百零一");
		assertThat(ChineseNumbers.format(12)).isEqualTo("十二");
		assertThat(ChineseNumbers.format(1260)).isEqualTo("一千二百六十");
		for (int i = 1; i < 2000; i++) {
			assertThat(ChineseNumbers.parse(ChineseNumbers.format(i))).isEqualTo(i);
		}
	}
}
