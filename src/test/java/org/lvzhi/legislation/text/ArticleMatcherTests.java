package org.lvzhi.legislation.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.legislation.text.ArticleChange.Change;

/** Article-by-article comparison of two versions of a text. */
class ArticleMatcherTests {

	final LawTextParser parser = new LawTextParser();
	final ArticleMatcher matcher = new ArticleMatcher();

	static final String FIRST = """
			第一章 总则
			第一条 为了加强城市绿化建设，改善生态环境，根据有关法律、法规，结合本市实际，制定本条例。
			第二条 本条例适用于本市城市规划区内的绿化规划、建设、保护和管理。
			第三条 市园林绿化主管部门负责全市城市绿化工作。
			第二章 保护
			第四条 任何单位和个人不得擅自砍伐、移植城市树木。
			第五条 违反本条例规定的，由园林绿化主管部门责令改正，处五百元以上二千元以下罚款。
			""";

	List<ArticleChange> compare(String before, String after) {
		return matcher.compare(parser.parse(before), parser.parse(after));
	}

	static List<Change> changes(List<ArticleChange> rows) {
		return rows.stream().map(ArticleChange::change).toList();
	}

	@Test
	void anArticleInsertedAtTheStartRenumbersTheOthersButLeavesThemUnchanged() {
		String second = FIRST.replace("第一条 为了", "第一条 城市绿化坚持政府主导、社会参与的原则。\n第二条 为了")
			.replace("第二条 本条例适用", "第三条 本条例适用")
			.replace("第三条 市园林", "第四条 市园林")
			.replace("第四条 任何", "第五条 任何")
			.replace("第五条 违反", "第六条 违反");
		List<ArticleChange> rows = compare(FIRST, second);
		assertThat(changes(rows)).containsExactly(Change.ADDED, Change.UNCHANGED, Change.UNCHANGED, Change.UNCHANGED,
				Change.UNCHANGED, Change.UNCHANGED);
		assertThat(rows.get(1).renumbered()).isTrue();
		assertThat(rows.get(1).before().label()).isEqualTo("第一条");
		assertThat(rows.get(1).after().label()).isEqualTo("第二条");
	}

	@Test
	void aDeletedArticleStaysWhereItWas() {
		String second = FIRST.replace("第三条 市园林绿化主管部门负责全市城市绿化工作。\n", "")
			.replace("第四条 任何", "第三条 任何")
			.replace("第五条 违反", "第四条 违反");
		assertThat(changes(compare(FIRST, second))).containsExactly(Change.UNCHANGED, Change.UNCHANGED, Change.DELETED,
				Change.UNCHANGED, Change.UNCHANGED);
	}

	@Test
	void aRenumberedAndRewordedArticleIsRewordedNotDeletedAndAdded() {
		String second = FIRST.replace("第二条 本条例适用于本市城市规划区内的绿化规划、建设、保护和管理。\n", "")
			.replace("第三条 市园林", "第二条 市园林")
			.replace("第四条 任何", "第三条 任何")
			.replace("第五条 违反本条例规定的，由园林绿化主管部门责令改正，处五百元以上二千元以下罚款。",
					"第四条 违反本条例规定的，由园林绿化主管部门责令限期改正，处一千元以上五千元以下罚款。");
		List<ArticleChange> rows = compare(FIRST, second);
		assertThat(changes(rows)).containsExactly(Change.UNCHANGED, Change.DELETED, Change.UNCHANGED, Change.UNCHANGED,
				Change.REWORDED);
		ArticleChange last = rows.getLast();
		assertThat(last.before().label()).isEqualTo("第五条");
		assertThat(last.after().label()).isEqualTo("第四条");
		assertThat(TextDiff.side(last.diff(), false)).anySatisfy(s -> {
			assertThat(s.op()).isEqualTo(TextDiff.Op.INSERTED);
			assertThat(s.text()).isEqualTo("限期");
		});
	}

	@Test
	void anArticlePutIntoAnotherChapterIsMoved() {
		String second = """
				第一章 总则
				第一条 为了加强城市绿化建设，改善生态环境，根据有关法律、法规，结合本市实际，制定本条例。
				第二条 本条例适用于本市城市规划区内的绿化规划、建设、保护和管理。
				第二章 保护
				第三条 任何单位和个人不得擅自砍伐、移植城市树木。
				第四条 违反本条例规定的，由园林绿化主管部门责令改正，处五百元以上二千元以下罚款。
				第五条 市园林绿化主管部门负责全市城市绿化工作，区园林绿化主管部门负责本区城市绿化工作。
				""";
		List<ArticleChange> rows = compare(FIRST, second);
		assertThat(changes(rows)).containsExactly(Change.UNCHANGED, Change.UNCHANGED, Change.UNCHANGED,
				Change.UNCHANGED, Change.MOVED);
		ArticleChange moved = rows.getLast();
		assertThat(moved.reworded()).isTrue();
		assertThat(moved.beforePath()).containsExactly("第一章 总则");
		assertThat(moved.afterPath()).containsExactly("第二章 保护");
	}

	@Test
	void twoVersionsOfTheLegislationLawMatchArticleByArticle() throws Exception {
		Path library = Path.of(getClass().getResource("/legislation/library/宪法相关法").toURI());
		LawText old = parser.parse(Files.readString(library.resolve("立法法(2015-03-15).md")));
		LawText current = parser.parse(Files.readString(library.resolve("立法法(2023-03-13).md")));
		long started = System.nanoTime();
		List<ArticleChange> rows = matcher.compare(old, current);
		long millis = (System.nanoTime() - started) / 1_000_000;
		long matched = rows.stream().filter(r -> r.before() != null && r.after() != null).count();
		long added = rows.stream().filter(r -> r.change() == Change.ADDED).count();
		System.out.printf("立法法 2015 → 2023: %d and %d articles, %d matched, %d added, %d deleted, in %d ms%n",
				old.articles().size(), current.articles().size(), matched, added,
				rows.stream().filter(r -> r.change() == Change.DELETED).count(), millis);
		// 2023 added 17 articles and renumbered the rest; nearly all of the 105 old ones carry over.
		assertThat(matched).isGreaterThanOrEqualTo(100);
		assertThat(added).isBetween(10L, 25L);
		assertThat(rows.stream().filter(r -> r.change() == Change.UNCHANGED && r.renumbered())).isNotEmpty();
	}

	@Test
	void characterDifferencesShowStrikeOutsAndInsertions() {
		List<TextDiff.Segment> diff = TextDiff.diff("处五百元以上二千元以下罚款", "处一千元以上五千元以下罚款");
		assertThat(TextDiff.side(diff, true)).extracting(TextDiff.Segment::text).containsExactly("处", "五百", "元以上",
				"二", "千元以下罚款");
		assertThat(String.join("", TextDiff.side(diff, false).stream().map(TextDiff.Segment::text).toList()))
			.isEqualTo("处一千元以上五千元以下罚款");
	}

	@Test
	void eachSideOfEveryReworkedArticleOfTheLegislationLawGivesItsTextBack() throws Exception {
		Path library = Path.of(getClass().getResource("/legislation/library/宪法相关法").toURI());
		LawText old = parser.parse(Files.readString(library.resolve("立法法(2015-03-15).md")));
		LawText current = parser.parse(Files.readString(library.resolve("立法法(2023-03-13).md")));
		List<ArticleChange> reworded = matcher.compare(old, current).stream()
			.filter(r -> r.before() != null && r.after() != null && r.reworded())
			.toList();
		assertThat(reworded).hasSizeGreaterThan(30);
		for (ArticleChange r : reworded) {
			assertThat(text(TextDiff.side(r.diff(), true))).isEqualTo(r.before().text());
			assertThat(text(TextDiff.side(r.diff(), false))).isEqualTo(r.after().text());
			// Runs alternate: two neighbouring segments never do the same thing.
			for (int i = 1; i < r.diff().size(); i++) {
				assertThat(r.diff().get(i).op()).isNotEqualTo(r.diff().get(i - 1).op());
			}
		}
	}

	private static String text(List<TextDiff.Segment> segments) {
		return String.join("", segments.stream().map(TextDiff.Segment::text).toList());
	}
}
