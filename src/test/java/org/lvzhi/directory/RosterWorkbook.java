package org.lvzhi.directory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.lvzhi.directory.roster.RosterColumns;

/** Builds roster .xlsx files for tests, as a person would fill in the template. */
final class RosterWorkbook {

	private final List<String> headers;
	private final List<List<String>> rows = new ArrayList<>();

	private RosterWorkbook(List<String> headers) {
		this.headers = headers;
	}

	static RosterWorkbook template() {
		return new RosterWorkbook(RosterColumns.ALL);
	}

	static RosterWorkbook withHeaders(List<String> headers) {
		return new RosterWorkbook(headers);
	}

	/** Adds a row; cells in template order: 姓名, 性别, 民族, 出生日期, 身份证号, 代表层级, 届次, 所属人大, 代表团, 代表小组, 选区, 工作单位及职务, 手机号. */
	RosterWorkbook row(String... cells) {
		rows.add(List.of(cells));
		return this;
	}

	byte[] bytes() {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("代表名册");
			var header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				var row = sheet.createRow(r + 1);
				for (int c = 0; c < rows.get(r).size(); c++) {
					if (!rows.get(r).get(c).isEmpty()) {
						row.createCell(c).setCellValue(rows.get(r).get(c));
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
