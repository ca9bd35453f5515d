package org.lvzhi.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lvzhi.platform.documents.OfficialDocument.Align;
import org.lvzhi.platform.documents.OfficialDocument.Heading;
import org.lvzhi.platform.documents.OfficialDocument.Line;
import org.lvzhi.platform.documents.OfficialDocument.Paragraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

/**
 * The .docx opens in POI with the margins, fonts, language and page-number field of GB/T 9704; the
 * .pdf parses in PDFBox, runs over pages with its fonts embedded and the page numbers at the foot;
 * without the fonts the PDF is refused naming the packages to install. Needs the Debian font packages
 * that bin/prepare-test-env installs.
 */
class OfficialDocumentsTests {

	private final OfficialDocuments documents = new OfficialDocumentFiles(
			new PdfFonts(new DocumentSettings(null)));

	private static final OfficialDocument SHORT = new OfficialDocument("关于召开常委会第七次会议的通知", "并常办〔2026〕5号",
			List.of(new Line("各位委员：", Align.LEFT), new Heading(1, "一、会议时间"),
					new Paragraph("会议定于2026年3月5日上午9时召开，会期1天。请各位委员准时出席。")),
			"太原市人大常委会办公厅", LocalDate.of(2026, 2, 23));

	@Test
	void theDocxIsA4WithTheStandardsMarginsChineseRunsAndAPageNumberField() throws Exception {
		byte[] docx = documents.docx(SHORT);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
			assertThat(text).contains("关于召开常委会第七次会议的通知", "并常办〔2026〕5号", "一、会议时间", "请各位委员准时出席",
					"太原市人大常委会办公厅", "二〇二六年二月二十三日");
			var section = doc.getDocument().getBody().getSectPr();
			assertThat(section.getPgSz().getW().toString()).isEqualTo("11906");
			CTPageMar margins = section.getPgMar();
			assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()).toString())
				.isEqualTo(List.of(2098, 1984, 1587, 1474).toString());
			assertThat(margins.xmlText()).contains("w:header=", "w:footer=", "w:gutter=\"0\"");
			String body = doc.getDocument().xmlText();
			assertThat(body).contains("w:eastAsia=\"zh-CN\"", "w:eastAsia=\"仿宋\"", "w:eastAsia=\"黑体\"", "w:lineRule=\"exact\"",
					"w:firstLineChars=\"200\"");
			doc.getParagraphs().forEach(p -> p.getRuns().forEach(r -> {
				assertThat(r.getCTR().getRPr().getLangArray(0).getEastAsia()).isEqualTo("zh-CN");
				assertThat(r.getCTR().getRPr().getRFontsArray(0).getEastAsia()).isNotBlank();
			}));
			assertThat(doc.getEvenAndOddHeadings()).isTrue();
			assertThat(doc.getFooterList()).hasSize(2).allSatisfy(footer -> {
				String xml = footer._getHdrFtr().xmlText();
				assertThat(xml).contains("PAGE", "fldCharType=\"begin\"", "fldCharType=\"end\"", "— ", " —");
			});
			assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("Lvzhi");
		}
	}

	@Test
	void theTitleCanRunOverTwoLines() throws Exception {
		OfficialDocument twoLines = new OfficialDocument("第一行\n第二行", null, List.of(new Paragraph("正文。")), null, null);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.docx(twoLines)))) {
			assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("第一行\n第二行");
		}
		try (PDDocument pdf = Loader.loadPDF(documents.pdf(twoLines))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("第一行", "第二行", "正文。");
		}
	}

	@Test
	void aLongPdfRunsOverPagesWithItsFontsEmbeddedAndNumbersAtTheFoot() throws Exception {
		assertThat(documents.pdfAvailable()).isTrue();
		List<OfficialDocument.Block> blocks = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			blocks.add(new Heading(1, "一二三".charAt(i - 1) + "、第" + i + "部分"));
			blocks.add(new Heading(2, "（一）楷体的二级标题"));
			blocks.add(new Heading(3, "1.加粗的三级标题。"));
			for (int j = 0; j < 6; j++) {
				blocks.add(new Paragraph("这是第" + i + "部分的第" + (j + 1) + "段正文，用来检验分页、两端对齐和页码。"
						+ "常委会组成人员围绕报告进行了认真审议，提出了“加强监督、注重实效”的意见（共12条），有关方面应当研究处理。"));
			}
		}
		OfficialDocument document = new OfficialDocument("关于某项工作情况的报告", null, blocks, "太原市人大常委会", LocalDate.of(2026, 6, 1));
		try (PDDocument pdf = Loader.loadPDF(documents.pdf(document))) {
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("关于某项工作情况的报告");
			assertThat(pdf.getDocumentInformation().getCreator()).isEqualTo("Lvzhi");
			assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
			List<String> fonts = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					fonts.add(font.getName());
				}
			}
			assertThat(fonts).anyMatch(f -> f.contains("UMingCN")).anyMatch(f -> f.contains("WenQuanYiZenHei"))
				.anyMatch(f -> f.contains("UKaiCN"));
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("关于某项工作情况的报告", "这是第1部分的第1段正文", "— 1 —", "— 2 —", "（一）楷体的二级标题",
					"二〇二六年六月一日");
		}
	}

	@Test
	void charactersNoFontHasAreMarkedNotDropped() throws Exception {
		OfficialDocument odd = new OfficialDocument("标题", null, List.of(new Paragraph("表情\uD83D\uDE00之后的文字")), null, null);
		try (PDDocument pdf = Loader.loadPDF(documents.pdf(odd))) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("表情〓之后的文字");
		}
	}

	@Test
	void withoutTheFontsThePdfIsRefusedNamingThePackages(@TempDir Path empty) {
		OfficialDocuments none = new OfficialDocumentFiles(new PdfFonts(new DocumentSettings(empty)));
		assertThat(none.pdfAvailable()).isFalse();
		assertThatThrownBy(() -> none.pdf(SHORT)).isInstanceOfSatisfying(FontsMissing.class,
				e -> assertThat(e.args()).containsExactly("fonts-wqy-zenhei、fonts-arphic-uming、fonts-arphic-ukai"));
		assertThat(none.docx(SHORT)).isNotEmpty();
	}

	@Test
	void datesAreWrittenInChineseNumerals() {
		assertThat(OfficialDates.chinese(LocalDate.of(2023, 2, 23))).isEqualTo("二〇二三年二月二十三日");
		assertThat(OfficialDates.chinese(LocalDate.of(2026, 10, 10))).isEqualTo("二〇二六年十月十日");
		assertThat(OfficialDates.chinese(LocalDate.of(2030, 12, 1))).isEqualTo("二〇三〇年十二月一日");
	}
}
