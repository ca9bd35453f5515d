package org.lvzhi.suggestions.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.lvzhi.platform.WordDocuments;

/**
 * A Word document on A4 in a Chinese font, with real heading styles (so that Word and
 * LibreOffice show an outline) and real tables. Only what dossiers need.
 */
final class DocxWriter implements AutoCloseable {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final String BODY_FONT = "宋体";
	private static final String HEADING_FONT = "黑体";
	private static final String TITLE_STYLE = "Title";
	private static final String HEADING_STYLE = "Heading1";

	private final XWPFDocument doc = WordDocuments.document();

	DocxWriter() {
		WordDocuments.page(doc, false, 25.4, 26, 25.4, 28);
		XWPFStyles styles = doc.createStyles();
		style(styles, TITLE_STYLE, "Title", 44, 0);
		style(styles, HEADING_STYLE, "heading 1", 32, 1);
	}

	private static void style(XWPFStyles styles, String id, String name, int halfPoints, int outlineLevel) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewBasedOn().setVal("Normal");
		style.addNewQFormat();
		var ppr = style.addNewPPr();
		if (outlineLevel > 0) {
			ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel - 1));
		}
		ppr.addNewSpacing().setBefore(BigInteger.valueOf(240));
		CTRPr rpr = style.addNewRPr();
		CTFonts fonts = rpr.addNewRFonts();
		fonts.setEastAsia(HEADING_FONT);
		fonts.setAscii(HEADING_FONT);
		fonts.setHAnsi(HEADING_FONT);
		rpr.addNewB();
		rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		styles.addStyle(new XWPFStyle(style, styles));
	}

	void title(String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setStyle(TITLE_STYLE);
		p.setAlignment(ParagraphAlignment.CENTER);
		p.createRun().setText(text);
	}

	void heading(String text) {
		XWPFParagraph p = doc.createParagraph();
		p.setStyle(HEADING_STYLE);
		p.createRun().setText(text);
	}

	/** Text as paragraphs, one per line of the source. */
	void text(String text) {
		for (String line : (text == null ? "" : text).split("\\R")) {
			XWPFParagraph p = doc.createParagraph();
			p.setFirstLineIndent(480);
			run(p, line, false);
		}
	}

	void line(String label, String value) {
		XWPFParagraph p = doc.createParagraph();
		run(p, label + "：", true);
		run(p, value == null ? "" : value, false);
	}

	void table(List<String> headers, List<List<String>> rows) {
		XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
		fill(table.getRow(0), headers, true);
		for (int i = 0; i < rows.size(); i++) {
			fill(table.getRow(i + 1), rows.get(i), false);
		}
		doc.createParagraph();
	}

	private void fill(XWPFTableRow row, List<String> values, boolean bold) {
		for (int c = 0; c < values.size(); c++) {
			XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
			String[] lines = (values.get(c) == null ? "" : values.get(c)).split("\\R");
			for (int l = 0; l < lines.length; l++) {
				XWPFRun r = run(p, lines[l], bold);
				if (l < lines.length - 1) {
					r.addBreak();
				}
			}
		}
	}

	private static XWPFRun run(XWPFParagraph p, String text, boolean bold) {
		XWPFRun r = p.createRun();
		r.setText(text);
		r.setBold(bold);
		r.setFontFamily(BODY_FONT, XWPFRun.FontCharRange.eastAsia);
		return r;
	}

	void writeTo(OutputStream out) {
		WordDocuments.write(doc, out);
	}

	@Override
	public void close() {
		try {
			doc.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
