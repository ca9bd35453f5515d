package org.lvzhi.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.IdCardNumber;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The deputies' affairs office keeps its roster in a spreadsheet: it imports it, finds a new
 * deputy, opens her page and reads it in English.
 */
@IntegrationTest
class RosterJourneyTests {

	private static final List<String> HEADERS = List.of("姓名", "性别", "民族", "出生日期", "身份证号", "代表层级", "届次",
			"所属人大", "代表团", "代表小组", "选区", "工作单位及职务", "手机号");

	@LocalServerPort
	int port;

	@Test
	void staffImportARosterFindANewDeputyOpenHerPageAndSwitchToEnglish() throws Exception {
		Path roster = roster(List.of(
				deputy("欧阳书瑶", "19860417", "0000"),
				deputy("司马静姝", "19790922", "0001")));
		try (Browser browser = Browser.desktop(port)) {
			try {
				browser.signIn("daibiao-gw", "daigong2023");
				browser.waitForText("#signed-in-as", "代表工委");

				browser.open("/directory/import");
				browser.find("input[type=file][name=file]").sendKeys(roster.toAbsolutePath().toString());
				browser.click("form[enctype] button[type=submit]");
				browser.waitForText(".alert-success", "导入完成：新增 2 人，更新 0 人。");

				browser.open("/directory/persons");
				browser.type("input[name=name]", "欧阳书");
				browser.click("form[method=get] button[type=submit]");
				browser.waitForText("#persons", "欧阳书瑶");
				assertThat(browser.driver.findElements(org.openqa.selenium.By.cssSelector("#persons tbody tr"))).hasSize(1);

				browser.driver.findElement(org.openqa.selenium.By.linkText("欧阳书瑶")).click();
				browser.waitForText("#person-name", "欧阳书瑶");
				assertThat(browser.text("#current-memberships")).contains("清源镇第十八届人民代表大会");
				assertThat(browser.text("main")).contains("女", "现任职务与身份");

				browser.click("#lang-en");
				browser.waitForText("main", "Female");
				assertThat(browser.text("#person-name")).isEqualTo("欧阳书瑶");
				assertThat(browser.text("main")).doesNotContain("现任职务与身份");
			}
			catch (AssertionError | RuntimeException e) {
				browser.screenshot("roster-journey");
				throw e;
			}
		}
		finally {
			Files.deleteIfExists(roster);
		}
	}

	/** A township deputy: the demo world's own counts of the other levels stay exact for other tests. */
	private static List<String> deputy(String name, String born, String sequence) {
		// Area code 990000 belongs to no real place, and the sequence keeps the numbers apart from other tests'.
		// The 17th digit is even for a woman.
		String first17 = "990000" + born + sequence.substring(1, 3) + "2";
		String idNumber = first17 + IdCardNumber.checkCharacter(first17);
		return List.of(name, "女", "汉族", born.substring(0, 4) + "-" + born.substring(4, 6) + "-" + born.substring(6),
				idNumber, "乡", "第十八届", "清源镇第十八届人民代表大会", "", "", "清源镇第三选区", "清源镇中心小学教师", "");
	}

	private static Path roster(List<List<String>> rows) throws Exception {
		Path file = Files.createTempFile("roster", ".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			var sheet = workbook.createSheet("代表名册");
			var header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				header.createCell(i).setCellValue(HEADERS.get(i));
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
		}
		return file;
	}
}
