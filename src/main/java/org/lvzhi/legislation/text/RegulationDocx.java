package org.lvzhi.legislation.text;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.lvzhi.platform.WordDocuments;

/**
 * A law or draft as a Word document in the layout regulations are printed in: the title centred,
 * the adoption notes under it, 编/章/节 headings centred, each article opening with its bold
 * 第X条 and its further paragraphs (款) and items (项) indented as their own paragraphs.
 */
public final class RegulationDocx {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	private static final String BODY_FONT = "仿宋";
	private static final String HEADING_FONT = "黑体";
	private static final int INDENT = 640;

	private RegulationDocx() {
	}

	public static void write(OutputStream out, String title, LawText text) throws IOException {
		try (XWPFDocument doc = WordDocuments.document()) {
			XWPFParagraph head = doc.createParagraph();
			head.setAlignment(ParagraphAlignment.CENTER);
			run(head, title, HEADING_FONT, 22, true);
			for (String note : text.header().split("\n")) {
				if (!note.isBlank()) {
					XWPFParagraph p = doc.createParagraph();
					p.setAlignment(ParagraphAlignment.CENTER);
					run(p, note.strip(), "楷体", 14, false);
				}
			}
			for (Unit unit : text.units()) {
				if (unit.kind().isDivision()) {
					XWPFParagraph p = doc.createParagraph();
					p.setAlignment(ParagraphAlignment.CENTER);
					run(p, unit.plain().replaceAll("[\\s\u3000]+", " "), HEADING_FONT, 16, true);
				}
				else if (unit.isArticle()) {
					boolean first = true;
					for (Clause clause : unit.clauses()) {
						XWPFParagraph p = doc.createParagraph();
						p.setIndentationFirstLine(INDENT);
						if (first) {
							run(p, unit.label(), BODY_FONT, 16, true);
							run(p, "\u3000", BODY_FONT, 16, false);
							first = false;
						}
						run(p, clause.level() == Clause.Level.PARAGRAPH ? clause.text() : clause.marker() + clause.text(),
								BODY_FONT, 16, false);
					}
					if (first) {
						run(indented(doc), unit.label(), BODY_FONT, 16, true);
					}
				}
				else if (!unit.body().isBlank()) {
					run(indented(doc), unit.body().strip(), BODY_FONT, 16, false);
				}
			}
			WordDocuments.write(doc, out);
		}
	}

	private static XWPFParagraph indented(XWPFDocument doc) {
		XWPFParagraph p = doc.createParagraph();
		p.setIndentationFirstLine(INDENT);
		return p;
	}

	private static void run(XWPFParagraph p, String text, String font, int size, boolean bold) {
		XWPFRun r = p.createRun();
		r.setText(text);
		r.setFontFamily(font);
		r.setFontSize(size);
		r.setBold(bold);
	}
}
