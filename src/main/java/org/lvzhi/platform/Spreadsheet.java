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
 */
public final class Spreadsheet implements AutoCloseable {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(500);
	private final Sheet sheet;
	private int next;

	public Spreadsheet(String sheetName, List<String> headers) {
		sheet = workbook.createSheet(sheetName);
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

	/** Appends one row; values are written as numbers when numeric, otherwise as text. */
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
				cell.setCellValue(t.atZoneSameInstant(PlatformConfig.ZONE).format(DATE_TIME));
			}
			else {
				cell.setCellValue(v.toString());
			}
		}
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
