package org.lvzhi.reporting.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The published 2023 report as the public downloads it: a .docx and a .pdf carrying the figures
 * counted from the records, the PDF with every font embedded. With {@code lvzhi.documents.out} set
 * (bin/check-documents) both files are also written there for LibreOffice to convert.
 */
@IntegrationTest
class AnnualReportFilesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void thePublished2023ReportDownloadsAsWordAndPdf() throws Exception {
		byte[] docx = mvc.perform(get("/public/reports/2023/report.docx")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("太原市人民代表大会常务委员会工作报告").contains("召开常委会会议9次")
				.contains("收集意见建议7490个").contains("二〇二四年二月二十八日");
		}
		byte[] pdf = mvc.perform(get("/public/reports/2023/report.pdf")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isGreaterThan(2);
			for (PDPage page : doc.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
				}
			}
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
			assertThat(text).contains("召开常委会会议9次").contains("任免国家机关工作人员125人次").contains("—2—");
		}
		mvc.perform(get("/public/reports/1989/report.pdf")).andExpect(status().isNotFound());

		String out = System.getProperty("lvzhi.documents.out");
		if (out != null && !out.isBlank()) {
			Path folder = Files.createDirectories(Path.of(out));
			Files.write(folder.resolve("annual-report-2023.docx"), docx);
			Files.write(folder.resolve("annual-report-2023.pdf"), pdf);
		}
	}
}
