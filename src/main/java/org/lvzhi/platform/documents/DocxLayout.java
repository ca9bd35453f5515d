package org.lvzhi.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.lvzhi.platform.documents.OfficialDocument.Align;
import org.lvzhi.platform.documents.OfficialDocument.Block;
import org.lvzhi.platform.documents.OfficialDocument.Heading;
import org.lvzhi.platform.documents.OfficialDocument.Line;
import org.lvzhi.platform.documents.OfficialDocument.Paragraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Writes an {@link OfficialDocument} as .docx in the layout of GB/T 9704, for staff to edit in Word
 * or WPS: A4 with margins of 37/35/28/26 mm, body text 仿宋 三号 at a fixed line pitch of 22 lines a
 * page, the first line indented by two characters, the title 宋体 二号 bold, headings 黑体, 楷体 and
 * 仿宋 bold, every run tagged as Chinese (zh-CN) with its East Asian font named, and the page number
 * "— 1 —" in the footer, on the right of odd pages and the left of even ones.
 */
final class DocxLayout {

	/** Twentieths of a point per millimetre. */
	private static final double TWIPS_PER_MM = 1440 / 25.4;
	/** Page numbers are 宋体 四号 in the standard. */
	private static final String PAGE_NUMBER_FONT = "宋体";
	private static final int BODY_HALF_POINTS = 32;
	private static final int TITLE_HALF_POINTS = 44;
	private static final int PAGE_NUMBER_HALF_POINTS = 28;
	/** The body's line pitch: 22 lines in the 225 mm of the type area (≈ 28.95 pt). */
	private static final int PITCH_TWIPS = (int) Math.round(225 * TWIPS_PER_MM / 22);
	private static final int TITLE_PITCH_TWIPS = 36 * 20;
	/** One character of body text (16 pt) in twips. */
	private static final int CHAR = 16 * 20;

	private DocxLayout() {
	}

	static byte[] write(OfficialDocument document) {
		try (XWPFDocument doc = new XWPFDocument()) {
			page(doc);
			doc.createStyles().setEastAsia("zh-CN");
			String[] titleLines = document.title().split("\n");
			XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER, TITLE_PITCH_TWIPS);
			// off the body's line grid, which would give each title line two grid lines
			title.getCTP().getPPr().addNewSnapToGrid().setVal(false);
			for (int i = 0; i < titleLines.length; i++) {
				XWPFRun run = run(title, titleLines[i], Face.TITLE.wordName, true, TITLE_HALF_POINTS);
				if (i < titleLines.length - 1) {
					run.addBreak();
				}
			}
			if (document.number() != null && !document.number().isBlank()) {
				run(paragraph(doc, ParagraphAlignment.CENTER, PITCH_TWIPS), document.number(), Face.BODY.wordName, false,
						BODY_HALF_POINTS);
			}
			paragraph(doc, ParagraphAlignment.LEFT, PITCH_TWIPS);
			for (Block block : document.blocks()) {
				switch (block) {
					case Heading h -> {
						Face face = Face.ofHeading(h.level());
						XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, PITCH_TWIPS);
						indentFirstLine(p);
						p.setKeepNext(true);
						lines(p, h.text(), face.wordName, face.bold);
					}
					case Paragraph para -> {
						XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, PITCH_TWIPS);
						indentFirstLine(p);
						lines(p, para.text(), Face.BODY.wordName, false);
					}
					case Line l -> lines(paragraph(doc, alignment(l.align()), PITCH_TWIPS), l.text(), Face.BODY.wordName, false);
				}
			}
			signature(doc, document);
			footer(doc, HeaderFooterType.DEFAULT, ParagraphAlignment.RIGHT);
			footer(doc, HeaderFooterType.EVEN, ParagraphAlignment.LEFT);
			doc.setEvenAndOddHeadings(true);
			doc.getProperties().getCoreProperties().setTitle(document.title().replace("\n", "").replace("　", ""));
			doc.getProperties().getCoreProperties().setCreator("Lvzhi");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A4 portrait, the margins of GB/T 9704, and a line grid of 22 lines a page. */
	private static void page(XWPFDocument doc) {
		CTSectPr section = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
				: doc.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(twips(37));
		margins.setBottom(twips(35));
		margins.setLeft(twips(28));
		margins.setRight(twips(26));
		margins.setHeader(twips(15));
		// the page number's line sits 7 mm under the type area: 35 − 7 − 5 (the height of 四号)
		margins.setFooter(twips(23));
		margins.setGutter(BigInteger.ZERO);
		CTDocGrid grid = section.addNewDocGrid();
		grid.setType(STDocGrid.LINES);
		grid.setLinePitch(BigInteger.valueOf(PITCH_TWIPS));
	}

	private static BigInteger twips(double mm) {
		return DocxParts.twips(mm);
	}

	/** The issuer centred over the date, the date four characters in from the right (成文日期右空四字). */
	private static void signature(XWPFDocument doc, OfficialDocument document) {
		String date = document.date() == null ? null : OfficialDates.chinese(document.date());
		String issuer = document.issuer() == null || document.issuer().isBlank() ? null : document.issuer();
		if (date == null && issuer == null) {
			return;
		}
		paragraph(doc, ParagraphAlignment.LEFT, PITCH_TWIPS);
		int dateRight = date == null ? 0 : 4 * CHAR;
		if (issuer != null) {
			XWPFParagraph p = paragraph(doc, ParagraphAlignment.RIGHT, PITCH_TWIPS);
			int right = date == null ? 0 : dateRight + (ems(date) - ems(issuer)) * CHAR / 2;
			p.setIndentationRight(Math.max(0, right));
			p.setKeepNext(true);
			run(p, issuer, Face.BODY.wordName, false, BODY_HALF_POINTS);
		}
		if (date != null) {
			XWPFParagraph p = paragraph(doc, ParagraphAlignment.RIGHT, PITCH_TWIPS);
			p.setIndentationRight(dateRight);
			run(p, date, Face.BODY.wordName, false, BODY_HALF_POINTS);
		}
	}

	/** The width of a text in whole characters of body text. */
	private static int ems(String text) {
		return (int) Math.round(DocxParts.ems(text));
	}

	/** The page number "— 1 —" in a footer: a PAGE field between two 一字线, one character in from the edge. */
	private static void footer(XWPFDocument doc, HeaderFooterType type, ParagraphAlignment align) {
		XWPFFooter footer = doc.createFooter(type);
		XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
		p.setAlignment(align);
		if (align == ParagraphAlignment.RIGHT) {
			p.setIndentationRight(PAGE_NUMBER_HALF_POINTS * 10);
		}
		else {
			p.setIndentationLeft(PAGE_NUMBER_HALF_POINTS * 10);
		}
		run(p, "— ", PAGE_NUMBER_FONT, false, PAGE_NUMBER_HALF_POINTS);
		run(p, "", PAGE_NUMBER_FONT, false, PAGE_NUMBER_HALF_POINTS).getCTR().addNewFldChar()
			.setFldCharType(STFldCharType.BEGIN);
		CTText instruction = run(p, "", PAGE_NUMBER_FONT, false, PAGE_NUMBER_HALF_POINTS).getCTR().addNewInstrText();
		instruction.setStringValue(" PAGE ");
		instruction.setSpace(SpaceAttribute.Space.PRESERVE);
		run(p, "", PAGE_NUMBER_FONT, false, PAGE_NUMBER_HALF_POINTS).getCTR().addNewFldChar()
			.setFldCharType(STFldCharType.SEPARATE);
		run(p, "1", PAGE_NUMBER_FONT, false, PAGE_NUMBER_HALF_POINTS);
		run(p, "", PAGE_NUMBER_FONT, false, PAGE_NUMBER_HALF_POINTS).getCTR().addNewFldChar()
			.setFldCharType(STFldCharType.END);
		run(p, " —", PAGE_NUMBER_FONT, false, PAGE_NUMBER_HALF_POINTS);
	}

	/** A paragraph at a fixed line pitch, no space before or after. */
	private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, int pitchTwips) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(align);
		p.setSpacingBetween(pitchTwips / 20.0, LineSpacingRule.EXACT);
		// in whole twips as computed: 22 lines of 580 would not fit the type area of 12 756
		p.getCTP().getPPr().getSpacing().setLine(BigInteger.valueOf(pitchTwips));
		p.setSpacingBefore(0);
		p.setSpacingAfter(0);
		return p;
	}

	/** The first line two characters in, by characters (Word, WPS) and in twips (for other readers). */
	private static void indentFirstLine(XWPFParagraph p) {
		CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
		CTInd ind = pPr.isSetInd() ? pPr.getInd() : pPr.addNewInd();
		ind.setFirstLineChars(BigInteger.valueOf(200));
		ind.setFirstLine(BigInteger.valueOf(2 * CHAR));
	}

	/** Text whose {@code \n} are line breaks within the paragraph. */
	private static void lines(XWPFParagraph p, String text, String font, boolean bold) {
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			XWPFRun run = run(p, lines[i], font, bold, BODY_HALF_POINTS);
			if (i < lines.length - 1) {
				run.addBreak();
			}
		}
	}

	/** A run in the font for Chinese (Times New Roman for latin letters), tagged as zh-CN ({@link DocxParts#chinese}). */
	private static XWPFRun run(XWPFParagraph p, String text, String font, boolean bold, int halfPoints) {
		XWPFRun run = p.createRun();
		DocxParts.chinese(run, font);
		CTRPr pr = run.getCTR().getRPr();
		if (bold) {
			pr.addNewB();
			pr.addNewBCs();
		}
		pr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		pr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
		if (!text.isEmpty()) {
			run.setText(text);
		}
		return run;
	}

	private static ParagraphAlignment alignment(Align align) {
		return switch (align) {
			case LEFT -> ParagraphAlignment.LEFT;
			case CENTER -> ParagraphAlignment.CENTER;
			case RIGHT -> ParagraphAlignment.RIGHT;
		};
	}
}
