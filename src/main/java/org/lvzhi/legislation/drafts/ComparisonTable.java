package org.lvzhi.legislation.drafts;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.lvzhi.platform.WordDocuments;
import org.lvzhi.legislation.text.TextDiff.Op;
import org.lvzhi.legislation.text.TextDiff.Segment;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The comparison table (修改对照表) as a Word document: landscape A4, a title, and a table with the
 * customary three columns, the earlier text, the later text and a note. Struck-out words are shown
 * struck through on the left, new words in bold and underlined on the right; unchanged articles are
 * left out, as in the tables handed to members.
 */
final class ComparisonTable {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	private static final String FONT = "仿宋";
	private static final int[] WIDTHS = { 6200, 6200, 2400 };

	/** The words of the table in the reader's language. */
	record Labels(String title, String subtitle, String before, String after, String note) {
	}

	private ComparisonTable() {
	}

	static void write(OutputStream out, Labels labels, List<CompareRow> rows, java.util.function.Function<CompareRow, String> notes)
			throws IOException {
		try (XWPFDocument doc = WordDocuments.landscape()) {

			XWPFParagraph title = doc.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			run(title, labels.title(), 18, true, false, false);
			XWPFParagraph subtitle = doc.createParagraph();
			subtitle.setAlignment(ParagraphAlignment.CENTER);
			run(subtitle, labels.subtitle(), 12, false, false, false);

			XWPFTable table = doc.createTable(1, 3);
			XWPFTableRow header = table.getRow(0);
			header.setRepeatHeader(true);
			String[] heads = { labels.before(), labels.after(), labels.note() };
			for (int c = 0; c < 3; c++) {
				XWPFTableCell cell = header.getCell(c);
				XWPFParagraph p = cell.getParagraphs().getFirst();
				p.setAlignment(ParagraphAlignment.CENTER);
				run(p, heads[c], 12, true, false, false);
			}
			for (CompareRow row : rows) {
				XWPFTableRow r = table.createRow();
				side(r.getCell(0), row.beforeLabel(), row.left());
				side(r.getCell(1), row.afterLabel(), row.right());
				run(r.getCell(2).getParagraphs().getFirst(), notes.apply(row), 11, false, false, false);
			}
			WordDocuments.widths(table, WIDTHS);
			WordDocuments.write(doc, out);
		}
	}

	/** An article in a cell: its label in bold, then its text, one paragraph a line. */
	private static void side(XWPFTableCell cell, String label, List<Segment> segments) {
		XWPFParagraph p = cell.getParagraphs().getFirst();
		if (segments.isEmpty()) {
			return;
		}
		if (!label.isEmpty()) {
			run(p, label + "\u3000", 11, true, false, false);
		}
		for (Segment s : segments) {
			String[] lines = s.text().split("\n", -1);
			for (int k = 0; k < lines.length; k++) {
				if (k > 0) {
					p = cell.addParagraph();
				}
				if (!lines[k].isEmpty()) {
					run(p, lines[k], 11, s.op() == Op.INSERTED, s.op() == Op.INSERTED, s.op() == Op.DELETED);
				}
			}
		}
	}

	private static void run(XWPFParagraph p, String text, int points, boolean bold, boolean underline, boolean strike) {
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setFontFamily(FONT);
		run.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
		run.setFontSize(points);
		run.setBold(bold);
		if (underline) {
			run.setUnderline(UnderlinePatterns.SINGLE);
		}
		run.setStrikeThrough(strike);
	}
}
