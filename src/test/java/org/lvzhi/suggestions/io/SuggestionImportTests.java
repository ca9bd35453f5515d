package org.lvzhi.suggestions.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.lvzhi.suggestions.io.ImportWorkbooks.row;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.Page;
import org.lvzhi.suggestions.Suggestion;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.SuggestionListItem;
import org.lvzhi.suggestions.SuggestionQuery;
import org.lvzhi.suggestions.SuggestionState;
import org.lvzhi.suggestions.Suggestions;
import org.lvzhi.suggestions.io.ImportWorkbooks.Named;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The office enters a session's suggestions from one workbook: all of them, or none. */
@IntegrationTest
class SuggestionImportTests {

	private static final String SESSION = "2023 年 太原市第十五届人民代表大会第二次会议";

	@Autowired
	ApplicationContext context;
	@Autowired
	ImportSessionSuggestions importer;
	@Autowired
	Suggestions suggestions;
	@Autowired
	JdbcClient jdbc;

	ImportWorkbooks workbooks;

	@BeforeEach
	void workbooks() {
		workbooks = new ImportWorkbooks(context);
	}

	private SuggestionImportResult importRows(List<List<String>> rows) {
		return importer.importWorkbook(new ByteArrayInputStream(ImportWorkbooks.workbook(rows)), "会议建议.xlsx");
	}

	private List<Suggestion> of(PersonId deputy) {
		Page<SuggestionListItem> page = suggestions.find(
				new SuggestionQuery(null, null, null, null, null, null, null, deputy), 1, 1000);
		return page.items().stream().map(i -> suggestions.get(new SuggestionId(i.id())).orElseThrow()).toList();
	}

	@Test
	void aSessionOf416SuggestionsGoesInWithinSecondsNumberedInFileOrder() {
		List<Named> deputies = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			deputies.add(workbooks.deputy());
		}
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < 416; i++) {
			Named lead = deputies.get(i % deputies.size());
			String co = deputies.get((i + 1) % deputies.size()).name() + "、" + deputies.get((i + 2) % deputies.size()).idNumber();
			rows.add(row("关于第" + (i + 1) + "项民生实事的建议", "建议内容第 " + (i + 1) + " 条。\n请研究办理。", "城乡建设",
					i % 2 == 0 ? lead.name() : null, i % 2 == 0 ? null : lead.idNumber(), co, "2023-01-1" + (i % 9),
					SESSION));
		}

		byte[] workbook = ImportWorkbooks.workbook(rows);
		long start = System.nanoTime();
		SuggestionImportResult result = importer.importWorkbook(new ByteArrayInputStream(workbook), "会议建议.xlsx");
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("Import of 416 rows took %d ms%n", millis);

		assertThat(result.problems()).isEmpty();
		assertThat(result.entered()).isEqualTo(416);
		// Measured 9–36 s on H2 on the shared 2-core build machine (load average 10–17); the bound guards
		// against a regression to minutes.
		assertThat(millis).as("416 rows within two minutes").isLessThan(120_000);
		List<Integer> sequence = result.numbers().stream().map(n -> Integer.parseInt(n.substring(5))).toList();
		assertThat(sequence).isSorted().doesNotHaveDuplicates();
		assertThat(sequence.get(415) - sequence.get(0)).as("consecutive: nothing else numbered in between").isEqualTo(415);
		List<Suggestion> firstDeputys = of(deputies.get(0).id()).stream()
			.filter(s -> s.leadDeputy().equals(deputies.get(0).id())).toList();
		assertThat(firstDeputys).hasSize(35);
		Suggestion first = firstDeputys.stream().filter(s -> s.number().equals(result.numbers().get(0))).findFirst().orElseThrow();
		assertThat(first.title()).isEqualTo("关于第1项民生实事的建议");
		assertThat(first.state()).isEqualTo(SuggestionState.SUBMITTED);
		assertThat(first.year()).isEqualTo(2023);
		assertThat(first.submittedOn()).isEqualTo("2023-01-10");
		assertThat(first.coSigners()).containsExactly(deputies.get(1).id(), deputies.get(2).id());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'suggestions.imported' AND subject_id = :n")
			.param("n", result.numbers().get(0)).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'suggestions.submitted' AND subject_id = :id")
			.param("id", first.id().toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void everyBadRowIsReportedByRowAndColumnAndNothingIsSaved() {
		Named good = workbooks.deputy();
		Named notDeputy = workbooks.person(ImportWorkbooks.uniqueName("非代表"));
		String twin = ImportWorkbooks.uniqueName("同名代表");
		workbooks.deputyNamed(twin);
		workbooks.deputyNamed(twin);
		String missing = ImportWorkbooks.uniqueName("查无此人");
		List<List<String>> rows = List.of(
				row("正常的建议一", "内容", "城乡建设", good.name(), null, null, "2023-01-10", SESSION),
				row(null, "内容", "城乡建设", good.name(), null, null, "2023-01-10", SESSION),
				row("缺内容的建议", null, "城乡建设", good.name(), null, null, "2023-01-10", SESSION),
				row("类别不对的建议", "内容", "星际航行", good.name(), null, null, "2023-01-10", SESSION),
				row("代表不存在的建议", "内容", "城乡建设", missing, null, null, "2023-01-10", SESSION),
				row("不是代表的建议", "内容", "城乡建设", notDeputy.name(), null, null, "2023-01-10", SESSION),
				row("同名代表的建议", "内容", "城乡建设", twin, null, null, "2023-01-10", SESSION),
				row("日期不存在的建议", "内容", "城乡建设", good.name(), null, null, "2023-02-30", SESSION),
				row("重复的建议", "内容", "城乡建设", good.name(), null, null, "2023-01-10", SESSION),
				row("重复的建议", "内容", "城乡建设", good.name(), null, null, "2023-01-11", SESSION),
				row("长".repeat(201), "内容", "城乡建设", good.name(), null, null, "2023-01-10", SESSION),
				row("身份证号有误的建议", "内容", "城乡建设", null, "140105198001011234", null, "2023-01-10", SESSION),
				row("附议代表有误的建议", "内容", "城乡建设", good.name(), null, missing + "、" + twin, "2023-01-10", SESSION),
				row("正常的建议二", "内容", "城乡建设", good.name(), null, null, "2023年1月12日", SESSION));

		SuggestionImportResult result = importRows(rows);

		assertThat(result.accepted()).isFalse();
		assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactlyInAnyOrder(
					tuple(3, "标题", "suggestions.io.error.required"),
					tuple(4, "内容", "suggestions.io.error.required"),
					tuple(5, "类别", "suggestions.io.error.category"),
					tuple(6, "领衔代表", "suggestions.io.error.unknownDeputy"),
					tuple(7, "领衔代表", "suggestions.io.error.notDeputy"),
					tuple(8, "领衔代表", "suggestions.io.error.ambiguous"),
					tuple(9, "提出日期", "suggestions.io.error.noSuchDate"),
					tuple(11, "", "suggestions.io.error.duplicate"),
					tuple(12, "标题", "suggestions.io.error.tooLong"),
					tuple(13, "领衔代表身份证号", "suggestions.io.error.badIdNumber"),
					tuple(14, "附议代表", "suggestions.io.error.unknownDeputy"),
					tuple(14, "附议代表", "suggestions.io.error.ambiguous"));
		assertThat(result.problems()).filteredOn(p -> p.row() == 11).singleElement()
			.satisfies(p -> assertThat(p.args()).containsExactly(10));
		assertThat(of(good.id())).isEmpty();
	}

	@Test
	void aDateInTheFutureOrASessionOfAnotherYearIsRefused() {
		Named good = workbooks.deputy();
		SuggestionImportResult result = importRows(List.of(
				row("未来日期的建议", "内容", "城乡建设", good.name(), null, null, "2999-01-10", SESSION),
				row("年份不符的建议", "内容", "城乡建设", good.name(), null, null, "2021-01-10", SESSION),
				row("姓名与身份证号不符", "内容", "城乡建设", "别人", good.idNumber(), null, "2023-01-10", SESSION)));

		assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
			.containsExactly(tuple(2, "提出日期", "suggestions.io.error.dateRange"),
					tuple(3, "届次/会议", "suggestions.io.error.sessionYear"),
					tuple(4, "领衔代表身份证号", "suggestions.io.error.nameMismatch"));
		assertThat(of(good.id())).isEmpty();
	}

	@Test
	void aFileWithoutTheTemplateColumnsOrNotAWorkbookIsRefusedWhole() {
		SuggestionImportResult notExcel = importer.importWorkbook(new ByteArrayInputStream("标题,内容".getBytes()), "x.csv");
		assertThat(notExcel.problems()).extracting(ImportProblem::messageKey).containsExactly("suggestions.io.error.unreadable");
		SuggestionImportResult empty = importRows(List.of());
		assertThat(empty.problems()).extracting(ImportProblem::messageKey).containsExactly("suggestions.io.error.empty");
	}
}
