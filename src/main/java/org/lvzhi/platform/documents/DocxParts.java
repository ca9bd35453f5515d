package org.lvzhi.platform.documents;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * What every .docx the application writes needs to be read alike by Word, WPS and LibreOffice, shared
 * by the official layout ({@link DocxLayout}) and the plainer documents of the modules: an A4 page
 * whose margins carry every attribute the schema requires, each run tagged as Chinese (zh-CN) with
 * its East Asian font named (else LibreOffice draws Japanese glyph variants), and tables with a
 * column grid whose widths follow their content.
 */
public final class DocxParts {

	/** Twentieths of a point per millimetre. */
	static final double TWIPS_PER_MM = 1440 / 25.4;
	public static final int A4_WIDTH = 11906;
	public static final int A4_HEIGHT = 16838;
	static final String LATIN = "Times New Roman";
	/** The East Asian font of a run that names none. */
	public static final String DEFAULT_FONT = "宋体";
	/** A column is at least this many characters wide (and so holds a two-character header). */
	static final double MIN_COLUMN_EMS = 2.5;
	/** The short columns together keep their width only while they take at most this share of the page. */
	static final double MAX_COLUMN_SHARE = 0.6;
	/** The padding of a cell (left and right together), in twips. */
	static final int CELL_PADDING = 216;
	/** One character of table text (五号, 10.5 pt) in twips. */
	static final int EM_TWIPS = 210;
	/** A column whose longest text is at most this many characters is never narrowed. */
	static final double SHORT_EMS = 6;

	private DocxParts() {
	}

	/** Millimetres in twips. */
	public static BigInteger twips(double mm) {
		return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
	}

	/**
	 * Sets the page: A4 (portrait or landscape) with the given margins in millimetres, the header and
	 * footer distances and a zero gutter, all of which the schema requires of {@code w:pgMar}.
	 */
	public static CTSectPr page(XWPFDocument doc, boolean landscape, double top, double right, double bottom, double left) {
		CTSectPr section = section(doc);
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(landscape ? A4_HEIGHT : A4_WIDTH));
		size.setH(BigInteger.valueOf(landscape ? A4_WIDTH : A4_HEIGHT));
		if (landscape) {
			size.setOrient(STPageOrientation.LANDSCAPE);
		}
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(twips(top));
		margins.setRight(twips(right));
		margins.setBottom(twips(bottom));
		margins.setLeft(twips(left));
		margins.setHeader(twips(Math.min(15, top / 2)));
		margins.setFooter(twips(Math.min(15, bottom / 2)));
		margins.setGutter(BigInteger.ZERO);
		return section;
	}

	private static CTSectPr section(XWPFDocument doc) {
		var body = doc.getDocument().getBody();
		return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
	}

	/** The width between the margins, in twips. */
	public static int textWidth(XWPFDocument doc) {
		CTSectPr section = section(doc);
		long width = section.isSetPgSz() && section.getPgSz().getW() != null ? twipsOf(section.getPgSz().getW()) : A4_WIDTH;
		if (!section.isSetPgMar()) {
			return (int) width - 2 * 1800;
		}
		CTPageMar m = section.getPgMar();
		return (int) (width - twipsOf(m.getLeft()) - twipsOf(m.getRight()) - (m.getGutter() == null ? 0 : twipsOf(m.getGutter())));
	}

	private static long twipsOf(Object value) {
		return value instanceof BigInteger b ? b.longValue() : Long.parseLong(String.valueOf(value));
	}

	/**
	 * Tags a run as Chinese: its East Asian font (the given one, else the one it has, else
	 * {@link #DEFAULT_FONT}), Times New Roman for latin letters unless it names a latin font, and
	 * {@code w:lang w:val="en-US" w:eastAsia="zh-CN"}.
	 */
	public static void chinese(XWPFRun run, String eastAsiaFont) {
		CTRPr pr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
		CTFonts fonts = pr.sizeOfRFontsArray() > 0 ? pr.getRFontsArray(0) : pr.addNewRFonts();
		String east = eastAsiaFont != null ? eastAsiaFont : fonts.getEastAsia() != null ? fonts.getEastAsia() : DEFAULT_FONT;
		fonts.setEastAsia(east);
		if (fonts.getAscii() == null || fonts.getAscii().equals(east)) {
			fonts.setAscii(LATIN);
			fonts.setHAnsi(LATIN);
			fonts.setCs(LATIN);
		}
		fonts.setHint(STHint.EAST_ASIA);
		CTLanguage lang = pr.sizeOfLangArray() > 0 ? pr.getLangArray(0) : pr.addNewLang();
		if (lang.getVal() == null) {
			lang.setVal("en-US");
		}
		lang.setEastAsia("zh-CN");
	}

	/**
	 * Makes a finished document valid and Chinese throughout: the page A4 with complete margins when
	 * it has none, the defaults of its styles zh-CN, every run of the body, its tables, headers and
	 * footers tagged by {@link #chinese}, and every table given a column grid ({@link #grid}).
	 */
	public static void finish(XWPFDocument doc) {
		CTSectPr section = section(doc);
		if (!section.isSetPgSz() || !section.isSetPgMar()) {
			page(doc, false, 25.4, 25.4, 25.4, 25.4);
		}
		else {
			CTPageMar m = section.getPgMar();
			if (m.getHeader() == null) {
				m.setHeader(BigInteger.valueOf(851));
			}
			if (m.getFooter() == null) {
				m.setFooter(BigInteger.valueOf(851));
			}
			if (m.getGutter() == null) {
				m.setGutter(BigInteger.ZERO);
			}
		}
		defaults(doc);
		int width = textWidth(doc);
		body(doc, width);
		for (XWPFHeader header : doc.getHeaderList()) {
			body(header, width);
		}
		for (XWPFFooter footer : doc.getFooterList()) {
			body(footer, width);
		}
	}

	/** The document defaults: Times New Roman for latin letters, 宋体 for Chinese, Chinese text tagged zh-CN. */
	private static void defaults(XWPFDocument doc) {
		XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
		CTFonts fonts = CTFonts.Factory.newInstance();
		fonts.setAscii(LATIN);
		fonts.setHAnsi(LATIN);
		fonts.setCs(LATIN);
		fonts.setEastAsia(DEFAULT_FONT);
		styles.setDefaultFonts(fonts);
		styles.setSpellingLanguage("en-US");
		styles.setEastAsia("zh-CN");
	}

	private static void body(IBody body, int width) {
		for (IBodyElement element : new ArrayList<>(body.getBodyElements())) {
			if (element instanceof XWPFParagraph p) {
				paragraph(p);
			}
			else if (element instanceof XWPFTable t) {
				if (t.getCTTbl().getTblGrid() == null || t.getCTTbl().getTblGrid().sizeOfGridColArray() == 0) {
					grid(t, width);
				}
				for (XWPFTableRow row : t.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						body(cell, width);
					}
				}
			}
		}
	}

	private static void paragraph(XWPFParagraph p) {
		for (XWPFRun run : p.getRuns()) {
			chinese(run, null);
		}
	}

	/**
	 * Gives a table its column grid, {@code w:tblW} and each cell's {@code w:tcW} in twips, the widths
	 * by {@link #columnWidths} of the texts in its cells, in a fixed layout so that every reader draws
	 * the same columns.
	 */
	public static void grid(XWPFTable table, int totalTwips) {
		List<List<String>> texts = new ArrayList<>();
		int columns = 0;
		for (XWPFTableRow row : table.getRows()) {
			List<String> cells = new ArrayList<>();
			for (XWPFTableCell cell : row.getTableCells()) {
				cells.add(cell.getText());
			}
			columns = Math.max(columns, cells.size());
			texts.add(cells);
		}
		if (columns == 0) {
			return;
		}
		int[] widths = columnWidths(texts, columns, totalTwips);
		widths(table, widths);
	}

	/** Sets the grid, the table's width and every cell's width to the given widths in twips. */
	public static void widths(XWPFTable table, int[] widths) {
		CTTbl tbl = table.getCTTbl();
		CTTblGrid grid = tbl.getTblGrid() != null ? tbl.getTblGrid() : tbl.addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		int total = 0;
		for (int w : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(w));
			total += w;
		}
		CTTblPr pr = tbl.getTblPr() != null ? tbl.getTblPr() : tbl.addNewTblPr();
		CTTblWidth tblW = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
		tblW.setType(STTblWidth.DXA);
		tblW.setW(BigInteger.valueOf(total));
		(pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
		for (XWPFTableRow row : table.getRows()) {
			List<XWPFTableCell> cells = row.getTableCells();
			for (int c = 0; c < cells.size() && c < widths.length; c++) {
				CTTcPr tcPr = cells.get(c).getCTTc().isSetTcPr() ? cells.get(c).getCTTc().getTcPr()
						: cells.get(c).getCTTc().addNewTcPr();
				CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
				w.setType(STTblWidth.DXA);
				w.setW(BigInteger.valueOf(widths[c]));
			}
		}
	}

	/**
	 * Column widths in twips adding up to {@code totalTwips}, each by the longest text of its column
	 * (the first row, the headers, included) in characters of CJK width ({@link #ems}; a long text is
	 * counted as the square root of what it would take on one line, since it wraps), at least
	 * {@link #MIN_COLUMN_EMS} characters. When the texts do not fit on one line each, the short
	 * columns (up to {@link #SHORT_EMS} characters) keep their width and the long ones share the rest.
	 */
	public static int[] columnWidths(List<List<String>> rows, int columns, int totalTwips) {
		double[] need = new double[columns];
		for (List<String> row : rows) {
			for (int c = 0; c < columns && c < row.size(); c++) {
				String text = row.get(c) == null ? "" : row.get(c);
				for (String line : text.split("\\R")) {
					need[c] = Math.max(need[c], ems(line));
				}
			}
		}
		double[] want = new double[columns];
		double sum = 0;
		for (int c = 0; c < columns; c++) {
			// texts longer than 12 characters wrap: they want width, but less than their length
			double n = need[c] <= 12 ? need[c] : 12 + Math.sqrt(need[c] - 12) * 3;
			// half a character of slack: readers' fonts are not all exactly one em wide
			want[c] = (Math.max(MIN_COLUMN_EMS, n) + 0.5) * EM_TWIPS + CELL_PADDING;
			sum += want[c];
		}
		double[] width = new double[columns];
		if (sum <= totalTwips) {
			// room for all: every column widened in proportion
			for (int c = 0; c < columns; c++) {
				width[c] = want[c] * totalTwips / sum;
			}
		}
		else {
			// short columns (numbers, states, names) keep their width, so that they never break a
			// number or a word; the long ones share what is left in proportion to their texts
			double fixed = 0;
			double rest = 0;
			for (int c = 0; c < columns; c++) {
				if (need[c] <= SHORT_EMS) {
					width[c] = want[c];
					fixed += want[c];
				}
				else {
					rest += want[c];
				}
			}
			if (rest == 0 || fixed > totalTwips * MAX_COLUMN_SHARE) {
				for (int c = 0; c < columns; c++) {
					width[c] = want[c] * totalTwips / sum;
				}
			}
			else {
				for (int c = 0; c < columns; c++) {
					if (need[c] > SHORT_EMS) {
						width[c] = want[c] * (totalTwips - fixed) / rest;
					}
				}
			}
		}
		// no column narrower than four characters (its texts' if shorter): what the narrow ones lack
		// is taken from the others in proportion to what they have above their own floor
		double[] floor = new double[columns];
		double lacking = 0;
		double spare = 0;
		for (int c = 0; c < columns; c++) {
			floor[c] = (Math.min(need[c], 4) + 0.5) * EM_TWIPS + CELL_PADDING;
			if (width[c] < floor[c]) {
				lacking += floor[c] - width[c];
			}
			else {
				spare += width[c] - floor[c];
			}
		}
		if (lacking > 0 && spare > lacking) {
			double ratio = lacking / spare;
			for (int c = 0; c < columns; c++) {
				width[c] = width[c] < floor[c] ? floor[c] : width[c] - (width[c] - floor[c]) * ratio;
			}
		}
		int[] widths = new int[columns];
		int used = 0;
		for (int c = 0; c < columns; c++) {
			widths[c] = c == columns - 1 ? totalTwips - used : (int) Math.round(width[c]);
			used += widths[c];
		}
		return widths;
	}

	/**
	 * The width of a text in CJK characters: latin letters, digits and spaces count half, everything
	 * from the CJK radicals on (U+2E80: punctuation, ideographs, full-width forms) counts one. The one
	 * measure of the .docx tables, the official documents' lines and the spreadsheets' columns.
	 */
	public static double ems(String text) {
		return text.codePoints().mapToDouble(cp -> cp < 0x2E80 ? 0.5 : 1).sum();
	}
}
