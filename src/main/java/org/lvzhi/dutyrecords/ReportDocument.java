package org.lvzhi.dutyrecords;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.lvzhi.platform.WordDocuments;

/**
 * A Word document laid out the way a deputy's written report is usually set: A4, a centred title
 * in a bold face, numbered section headings in 黑体, body text in 仿宋 with a two-character first
 * line indent, and plain tables.
 */
final class ReportDocument {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final String TITLE_FONT = "方正小标宋简体";
	private static final String HEADING_FONT = "黑体";
	private static final String BODY_FONT = "仿宋";
	private static final int BODY_SIZE = 14;
	private static final int PAGE_WIDTH = 11906;
	private static final int LEFT_MARGIN = 1588;
	private static final int RIGHT_MARGIN = 1474;
	private static final int TEXT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN;

	private final XWPFDocument doc = WordDocuments.document();

	ReportDocument() {
		WordDocuments.page(doc, false, 37, 26, 35, 28);
	}

	void title(String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(240);
		run(p, text, TITLE_FONT, 22, true);
	}

	/** A line under the title, centred: who reports, to whom. */
	void subtitle(String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.CENTER);
		p.setSpacingAfter(240);
		run(p, text, BODY_FONT, BODY_SIZE, false);
	}

	void heading(String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setSpacingBefore(240);
		p.setFirstLineIndent(560);
		run(p, text, HEADING_FONT, BODY_SIZE + 2, false);
	}

	void subheading(String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setFirstLineIndent(560);
		run(p, text, BODY_FONT, BODY_SIZE, true);
	}

	void paragraph(String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setFirstLineIndent(560);
		p.setSpacingBetween(1.5);
		run(p, text, BODY_FONT, BODY_SIZE, false);
	}

	/** A closing line aligned right, such as the signature and the date. */
	void signature(String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(ParagraphAlignment.RIGHT);
		run(p, text, BODY_FONT, BODY_SIZE, false);
	}

	/** A table over the page's width; {@code percents} share it out among the columns when given. */
	void table(List<String> headers, List<List<String>> rows, int... percents) {
		XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
		cells(table, 0, headers, true);
		for (int r = 0; r < rows.size(); r++) {
			cells(table, r + 1, rows.get(r), false);
		}
		if (percents.length == headers.size()) {
			int[] widths = new int[percents.length];
			for (int c = 0; c < percents.length; c++) {
				widths[c] = TEXT_WIDTH * percents[c] / 100;
			}
			WordDocuments.widths(table, widths);
		}
		doc.createParagraph();
	}

	private static void cells(XWPFTable table, int row, List<String> values, boolean bold) {
		for (int c = 0; c < values.size(); c++) {
			XWPFParagraph p = table.getRow(row).getCell(c).getParagraphs().get(0);
			run(p, values.get(c) == null ? "" : values.get(c), BODY_FONT, BODY_SIZE - 3, bold);
		}
	}

	private static void run(XWPFParagraph p, String text, String font, int points, boolean bold) {
		XWPFRun r = p.createRun();
		r.setText(text);
		r.setBold(bold);
		r.setFontSize(points);
		r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
	}

	byte[] bytes() {
		try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			WordDocuments.write(doc, out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
