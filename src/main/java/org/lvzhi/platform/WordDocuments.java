package org.lvzhi.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.http.ContentDisposition;

/**
 * The pieces the Word documents (审议意见书, 执法检查报告, 会议通知, 议程 …) are written with:
 * a centred title, headings, indented body text and plain tables, in the fonts official documents use.
 */
public final class WordDocuments {

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private WordDocuments() {
	}

	/** A paragraph of one run: 黑体 when bold, 宋体 otherwise. */
	public static void paragraph(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment align) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(align);
		XWPFRun run = p.createRun();
		run.setFontFamily(bold ? "黑体" : "宋体");
		run.setFontSize(size);
		run.setBold(bold);
		run.setText(text);
	}

	/** The document's title, centred. */
	public static void title(XWPFDocument doc, String text) {
		paragraph(doc, text, true, 18, ParagraphAlignment.CENTER);
	}

	public static void heading(XWPFDocument doc, String text) {
		XWPFParagraph p = doc.createParagraph();
		XWPFRun r = p.createRun();
		r.setBold(true);
		r.setFontSize(14);
		r.setFontFamily("黑体");
		r.setText(text);
	}

	/** Body text with the first line indented by two characters. */
	public static void para(XWPFDocument doc, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setFirstLineIndent(480);
		XWPFRun r = p.createRun();
		r.setFontFamily("宋体");
		r.setText(text);
	}

	/** A table with a bold header row, followed by an empty paragraph. */
	public static void table(XWPFDocument doc, List<String> headers, List<List<String>> rows) {
		XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
		table.setWidth("100%");
		for (int c = 0; c < headers.size(); c++) {
			XWPFRun r = table.getRow(0).getCell(c).getParagraphs().get(0).createRun();
			r.setBold(true);
			r.setText(headers.get(c));
		}
		for (int i = 0; i < rows.size(); i++) {
			for (int c = 0; c < headers.size(); c++) {
				table.getRow(i + 1).getCell(c).getParagraphs().get(0).createRun().setText(rows.get(i).get(c));
			}
		}
		doc.createParagraph();
	}

	/** The Content-Disposition of a download, with the (Chinese) file name encoded per RFC 6266. */
	public static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}
}
