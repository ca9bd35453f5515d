package org.lvzhi.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list as a real .xlsx sheet: a bold header row, then one row per record. Streams rows
 * to disk so that exports of many thousands of rows stay within memory.
 *
 * <p>Texts come from the public too, so every text is written as a plain string cell, and one
 * that a spreadsheet program would take for a formula once edited or saved as CSV
 * ({@code =HYPERLINK(…)}, {@code =cmd|…}, {@code +}, {@code -}, {@code @}, tab, carriage return:
 * OWASP's CSV injection list) gets the quote prefix, Excel's own mark for "text, never a formula",
 * without changing the value that an import reads back. A cell holds at most 32,767 characters;
 * a longer text is cut with a marker instead of failing the whole export.
 */
public final class Spreadsheet implements AutoCloseable {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Excel's limit for one cell. */
	public static final int MAX_CELL_LENGTH = 32_767;
	public static final String TRUNCATED = "……（已截断）";

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(500);
	private Sheet sheet;
	private final CellStyle quoted;
	private int next;

	public Spreadsheet(String sheetName, List<String> headers) {
		quoted = workbook.createCellStyle();
		quoted.setQuotePrefixed(true);
		sheet(sheetName, headers);
	}

	/** Starts another sheet with its header row; the rows after it go there. */
	public void sheet(String sheetName, List<String> headers) {
		sheet = workbook.createSheet(sheetName);
		next = 0;
		CellStyle bold = workbook.createCellStyle();
		Font font = workbook.createFont();
		font.setBold(true);
		bold.setFont(font);
		Row row = sheet.createRow(next++);
		for (int i = 0; i < headers.size(); i++) {
			var cell = row.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(bold);
			sheet.setColumnWidth(i, Math.max(10, headers.get(i).length() * 2 + 4) * 256);
		}
		sheet.createFreezePane(0, 1);
	}

	/**
	 * Appends one row; values are written as numbers when numeric, otherwise as text. Times are
	 * handed in as text, formatted by {@link LocalTimes} in the committee's zone.
	 */
	public void row(Object... values) {
		Row row = sheet.createRow(next++);
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (v == null) {
				continue;
			}
			var cell = row.createCell(i);
			if (v instanceof Number n) {
				cell.setCellValue(n.doubleValue());
			}
			else if (v instanceof LocalDate d) {
				cell.setCellValue(d.toString());
			}
			else if (v instanceof OffsetDateTime t) {
				// Callers hand in times formatted by LocalTimes; a raw moment falls back to China time.
				cell.setCellValue(t.atZoneSameInstant(China.ZONE).format(DATE_TIME));
			}
			else {
				String text = text(v.toString());
				cell.setCellValue(text);
				if (looksLikeFormula(text)) {
					cell.setCellStyle(quoted);
				}
			}
		}
	}

	static String text(String value) {
		if (value.length() <= MAX_CELL_LENGTH) {
			return value;
		}
		return value.substring(0, MAX_CELL_LENGTH - TRUNCATED.length()) + TRUNCATED;
	}

	/** Also after leading spaces, which spreadsheet programs skip before a formula. */
	static boolean looksLikeFormula(String text) {
		if (!text.isEmpty() && (text.charAt(0) == '\t' || text.charAt(0) == '\r')) {
			return true;
		}
		String t = text.stripLeading();
		return !t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0;
	}

	public void writeTo(OutputStream out) {
		try {
			workbook.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		workbook.dispose();
		try {
			workbook.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
