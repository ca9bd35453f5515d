package org.lvzhi.suggestions.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.lvzhi.platform.OfficeFiles;
import org.lvzhi.platform.Spreadsheet;

/**
 * The workbook the office fills in with the suggestions made at a session: its columns, the empty
 * template, and reading the first sheet into text cells keyed by header.
 */
final class SuggestionWorkbook {

	static final String TITLE = "标题";
	static final String BODY = "内容";
	static final String CATEGORY = "类别";
	static final String LEAD = "领衔代表";
	static final String LEAD_ID = "领衔代表身份证号";
	static final String CO_SIGNERS = "附议代表";
	static final String DATE = "提出日期";
	static final String SESSION = "届次/会议";

	static final List<String> COLUMNS = List.of(TITLE, BODY, CATEGORY, LEAD, LEAD_ID, CO_SIGNERS, DATE, SESSION);
	static final List<String> REQUIRED = List.of(TITLE, BODY, CATEGORY, LEAD, DATE);

	/** One sheet row: its number as the spreadsheet shows it, and the trimmed text of each column. */
	record RawRow(int number, Map<String, String> cells) {

		String get(String column) {
			String v = cells.get(column);
			if (v == null) {
				return null;
			}
			v = v.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
			return v.isEmpty() ? null : v;
		}
	}

	/** The rows read, or the problems that stop reading (an unreadable file, missing columns). */
	record Read(List<RawRow> rows, List<ImportProblem> problems) {
	}

	private static final DataFormatter FORMAT = new DataFormatter();

	private SuggestionWorkbook() {
	}

	static void writeTemplate(OutputStream out) {
		try (Spreadsheet sheet = new Spreadsheet("代表建议", COLUMNS)) {
			sheet.writeTo(out);
		}
	}

	static Read read(InputStream in) {
		try (Workbook workbook = OfficeFiles.workbook(in)) {
			return read(workbook.getSheetAt(0));
		}
		catch (IOException | RuntimeException e) {
			return new Read(List.of(), List.of(ImportProblem.of(1, "", "suggestions.io.error.unreadable")));
		}
	}

	private static Read read(Sheet sheet) {
		Row header = sheet.getRow(sheet.getFirstRowNum());
		Map<String, Integer> columns = new HashMap<>();
		if (header != null) {
			for (Cell cell : header) {
				String name = FORMAT.formatCellValue(cell).replace("*", "").strip();
				if (!name.isEmpty()) {
					columns.putIfAbsent(name, cell.getColumnIndex());
				}
			}
		}
		List<ImportProblem> problems = new ArrayList<>();
		for (String required : REQUIRED) {
			if (!columns.containsKey(required)) {
				problems.add(ImportProblem.of(1, required, "suggestions.io.error.missingColumn", required));
			}
		}
		if (!problems.isEmpty()) {
			return new Read(List.of(), problems);
		}
		List<RawRow> rows = new ArrayList<>();
		for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Map<String, String> cells = new HashMap<>();
			columns.forEach((name, index) -> cells.put(name, text(row.getCell(index))));
			RawRow raw = new RawRow(r + 1, cells);
			if (COLUMNS.stream().anyMatch(c -> raw.get(c) != null)) {
				rows.add(raw);
			}
		}
		if (rows.isEmpty()) {
			problems.add(ImportProblem.of(2, "", "suggestions.io.error.empty"));
		}
		return new Read(rows, problems);
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		if (type == CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate().toString();
			}
			// ID numbers typed as numbers must not turn into 1.4E17.
			return new BigDecimal(cell.getNumericCellValue()).toPlainString();
		}
		return FORMAT.formatCellValue(cell);
	}
}
