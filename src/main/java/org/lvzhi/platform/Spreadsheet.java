package org.lvzhi.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list as a real .xlsx sheet: a bold, frozen header row, then one row per record, dates as
 * date cells and numbers as numbers, each column as wide as its values. Streams rows
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

	/** A date (yyyy-mm-dd) or a date and time (yyyy-mm-dd hh:mm, seconds optional) handed in as text. */
	private static final Pattern DATE_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2}(:\\d{2})?)?");
	private static final DateTimeFormatter DATE_TIME_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(500);
	private Sheet sheet;
	private final CellStyle quoted;
	private final CellStyle date;
	private final CellStyle dateTime;
	private int next;
	/** The widest value of each column of the current sheet so far, in characters of CJK width. */
	private double[] widths;

	public Spreadsheet(String sheetName, List<String> headers) {
		quoted = workbook.createCellStyle();
		quoted.setQuotePrefixed(true);
		date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
		dateTime = workbook.createCellStyle();
		dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
		sheet(sheetName, headers);
	}

	/** Starts another sheet with its header row; the rows after it go there. */
	public void sheet(String sheetName, List<String> headers) {
		sheet = workbook.createSheet(sheetName);
		widths = new double[headers.size()];
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
			widths[i] = ems(headers.get(i));
			width(i);
		}
		sheet.createFreezePane(0, 1);
	}

	/**
	 * Appends one row: numbers as numeric cells; dates ({@link LocalDate}) as date cells shown
	 * yyyy-mm-dd; times ({@link LocalDateTime}, or a moment as {@link OffsetDateTime},
	 * {@link ZonedDateTime} or {@link Instant}, taken in the committee's zone) as date cells shown
	 * yyyy-mm-dd hh:mm; booleans as booleans; a text that is a date or a date and time as
	 * {@link LocalTimes} writes them (yyyy-mm-dd, yyyy-mm-dd hh:mm) as such a date cell too, so that it
	 * sorts and calculates as a date in Excel and WPS; every other value as text.
	 */
	public void row(Object... values) {
		Row row = sheet.createRow(next++);
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (v == null) {
				continue;
			}
			var cell = row.createCell(i);
			double width;
			if (v instanceof Number n) {
				cell.setCellValue(n.doubleValue());
				width = ems(v.toString());
			}
			else if (v instanceof Boolean b) {
				cell.setCellValue(b);
				width = 5;
			}
			else if (v instanceof LocalDate d) {
				day(cell, d);
				width = 10;
			}
			else if (v instanceof LocalDateTime t) {
				moment(cell, t);
				width = 16;
			}
			else if (v instanceof OffsetDateTime t) {
				moment(cell, t.atZoneSameInstant(China.ZONE).toLocalDateTime());
				width = 16;
			}
			else if (v instanceof ZonedDateTime t) {
				moment(cell, t.withZoneSameInstant(China.ZONE).toLocalDateTime());
				width = 16;
			}
			else if (v instanceof Instant t) {
				moment(cell, LocalDateTime.ofInstant(t, China.ZONE));
				width = 16;
			}
			else {
				String text = text(v.toString());
				width = Math.min(ems(text), 60);
				if (!dateText(cell, text)) {
					cell.setCellValue(text);
					if (looksLikeFormula(text)) {
						cell.setCellStyle(quoted);
					}
				}
			}
			if (i < widths.length && width > widths[i]) {
				widths[i] = width;
				width(i);
			}
		}
	}

	private void day(org.apache.poi.ss.usermodel.Cell cell, LocalDate d) {
		cell.setCellValue(d);
		cell.setCellStyle(date);
	}

	private void moment(org.apache.poi.ss.usermodel.Cell cell, LocalDateTime t) {
		cell.setCellValue(t);
		cell.setCellStyle(dateTime);
	}

	/** A text that is exactly a date or a date and time becomes a date cell; true when it was. */
	private boolean dateText(org.apache.poi.ss.usermodel.Cell cell, String text) {
		if (!DATE_TEXT.matcher(text).matches()) {
			return false;
		}
		try {
			if (text.length() == 10) {
				day(cell, LocalDate.parse(text));
			}
			else {
				moment(cell, LocalDateTime.parse(text, DATE_TIME_TEXT));
			}
			return true;
		}
		catch (DateTimeParseException e) {
			return false;
		}
	}

	/** The column as wide as its widest value (a long text wraps at 60 characters), at least 8. */
	private void width(int column) {
		sheet.setColumnWidth(column, (int) Math.min(255, Math.max(8, widths[column] * 2 + 2)) * 256);
	}

	/** The width of a text in characters of CJK width; only its start counts, a long text wraps anyway. */
	static double ems(String text) {
		return org.lvzhi.platform.documents.DocxParts.ems(text.length() > 200 ? text.substring(0, 200) : text);
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
