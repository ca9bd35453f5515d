package org.lvzhi.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.lvzhi.platform.documents.DocxParts;
import org.springframework.http.ContentDisposition;

/**
 * The pieces the Word documents (审议意见书, 执法检查报告, 会议通知, 议程 …) are written with:
 * a centred title, headings, indented body text and tables whose columns follow their content, in
 * the fonts official documents use, every run tagged as Chinese. A document is written with
 * {@link #bytes} or {@link #write}, which make it valid against the OOXML schema
 * ({@link DocxParts#finish}: A4 with complete margins, a grid for every table, zh-CN throughout).
 */
public final class WordDocuments {

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private WordDocuments() {
	}

	/** A new document on A4 portrait with margins of 25 mm top and bottom, 28 mm left and 26 mm right. */
	public static XWPFDocument document() {
		XWPFDocument doc = new XWPFDocument();
		DocxParts.page(doc, false, 25, 26, 25, 28);
		return doc;
	}

	/** A new document on A4 landscape (wide tables) with margins of 20 mm. */
	public static XWPFDocument landscape() {
		XWPFDocument doc = new XWPFDocument();
		DocxParts.page(doc, true, 20, 20, 20, 20);
		return doc;
	}

	/** Sets the page of a document: A4 with the margins given in millimetres (top, right, bottom, left). */
	public static void page(XWPFDocument doc, boolean landscape, double top, double right, double bottom, double left) {
		DocxParts.page(doc, landscape, top, right, bottom, left);
	}

	/** A run of text in the given East Asian font, tagged as Chinese. */
	public static XWPFRun run(XWPFParagraph p, String text, String font, int points, boolean bold) {
		XWPFRun run = p.createRun();
		DocxParts.chinese(run, font);
		run.setFontSize(points);
		run.setBold(bold);
		if (text != null && !text.isEmpty()) {
			run.setText(text);
		}
		return run;
	}

	/** A paragraph of one run: 黑体 when bold, 宋体 otherwise. */
	public static void paragraph(XWPFDocument doc, String text, boolean bold, int size, ParagraphAlignment align) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(align);
		run(p, text, bold ? "黑体" : "宋体", size, bold);
	}

	/** The document's title, centred. */
	public static void title(XWPFDocument doc, String text) {
		paragraph(doc, text, true, 18, ParagraphAlignment.CENTER);
	}

	public static void heading(XWPFDocument doc, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.LEFT);
		p.setKeepNext(true);
		run(p, text, "黑体", 14, true);
	}

	/** Body text with the first line indented by two characters. */
	public static void para(XWPFDocument doc, String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setFirstLineIndent(480);
		run(p, text, "宋体", 12, false);
	}

	/** A table with a bold header row, columns as wide as their texts need, followed by an empty paragraph. */
	public static XWPFTable table(XWPFDocument doc, List<String> headers, List<List<String>> rows) {
		XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
		cells(table, 0, headers, true, 10.5);
		for (int i = 0; i < rows.size(); i++) {
			cells(table, i + 1, rows.get(i), false, 10.5);
		}
		List<List<String>> all = new ArrayList<>();
		all.add(headers);
		all.addAll(rows);
		DocxParts.widths(table, columnWidths(doc, all, headers.size()));
		table.getRow(0).setRepeatHeader(true);
		doc.createParagraph();
		return table;
	}

	/** Fills one row of a table; {@code \n} in a text starts a new line in the cell. */
	public static void cells(XWPFTable table, int row, List<String> values, boolean bold, double points) {
		for (int c = 0; c < values.size(); c++) {
			XWPFParagraph p = table.getRow(row).getCell(c).getParagraphs().get(0);
			String[] lines = (values.get(c) == null ? "" : values.get(c)).split("\\R", -1);
			for (int l = 0; l < lines.length; l++) {
				XWPFRun r = run(p, lines[l], bold ? "黑体" : "宋体", 12, bold);
				r.setFontSize(points);
				if (l < lines.length - 1) {
					r.addBreak();
				}
			}
		}
	}

	/**
	 * Widths in twips for the columns of a table filling the text width of the document's page, each
	 * by the longest text of its column in characters of CJK width (see {@link DocxParts#columnWidths}).
	 */
	public static int[] columnWidths(XWPFDocument doc, List<List<String>> rowsWithHeaders, int columns) {
		return DocxParts.columnWidths(rowsWithHeaders, columns, DocxParts.textWidth(doc));
	}

	/** Sets a table's grid and cell widths (twips). */
	public static void widths(XWPFTable table, int[] widths) {
		DocxParts.widths(table, widths);
	}

	/** The document made valid and Chinese throughout ({@link DocxParts#finish}), as bytes. */
	public static byte[] bytes(XWPFDocument doc) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(doc, out);
		return out.toByteArray();
	}

	/** Writes the document made valid and Chinese throughout ({@link DocxParts#finish}). */
	public static void write(XWPFDocument doc, OutputStream out) {
		DocxParts.finish(doc);
		try {
			doc.write(out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The Content-Disposition of a download, with the (Chinese) file name encoded per RFC 6266. */
	public static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}
}
