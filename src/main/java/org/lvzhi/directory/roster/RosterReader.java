package org.lvzhi.directory.roster;

import java.io.IOException;
import java.io.InputStream;
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
import org.lvzhi.directory.RosterError;
import org.lvzhi.directory.internal.Texts;
import org.lvzhi.platform.OfficeFiles;

/**
 * Reads the first sheet of a roster into text cells keyed by header. Dates typed as Excel dates
 * become ISO text, so that the parser sees one form.
 */
public final class RosterReader {

	/** One sheet row: its number as the spreadsheet shows it, and the text of each column. */
	record RawRow(int number, Map<String, String> cells) {

		String get(String column) {
			return Texts.clean(cells.get(column));
		}
	}

	/** The rows read, or the errors that stop reading (an unreadable file, missing columns). */
	public record Sheetful(List<RawRow> rows, List<RosterError> errors) {
	}

	private static final DataFormatter FORMAT = new DataFormatter();

	private RosterReader() {
	}

	public static Sheetful read(InputStream in) {
		try (Workbook workbook = OfficeFiles.workbook(in)) {
			return read(workbook.getSheetAt(0));
		}
		catch (IOException | RuntimeException e) {
			return new Sheetful(List.of(), List.of(new RosterError(1, "", "directory.import.error.unreadable")));
		}
	}

	private static Sheetful read(Sheet sheet) {
		Row header = sheet.getRow(sheet.getFirstRowNum());
		Map<String, Integer> columns = new HashMap<>();
		if (header != null) {
			for (Cell cell : header) {
				String name = Texts.clean(FORMAT.formatCellValue(cell));
				if (name != null) {
					columns.putIfAbsent(name.replace("*", ""), cell.getColumnIndex());
				}
			}
		}
		List<RosterError> errors = new ArrayList<>();
		for (String required : RosterColumns.REQUIRED) {
			if (!columns.containsKey(required)) {
				errors.add(new RosterError(1, required, "directory.import.error.missingColumn", required));
			}
		}
		if (!errors.isEmpty()) {
			return new Sheetful(List.of(), errors);
		}
		List<RawRow> rows = new ArrayList<>();
		for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			Map<String, String> cells = new HashMap<>();
			columns.forEach((name, index) -> cells.put(name, text(row.getCell(index))));
			if (cells.values().stream().anyMatch(Texts::present)) {
				rows.add(new RawRow(r + 1, cells));
			}
		}
		if (rows.isEmpty()) {
			errors.add(new RosterError(2, "", "directory.import.error.empty"));
		}
		return new Sheetful(rows, errors);
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			if (DateUtil.isCellDateFormatted(cell)) {
				return cell.getLocalDateTimeCellValue().toLocalDate().toString();
			}
			// Long digit strings (ID numbers, phone numbers) typed as numbers must not turn into 1.4E17.
			return new BigDecimal(cell.getNumericCellValue()).toPlainString();
		}
		return FORMAT.formatCellValue(cell);
	}
}
