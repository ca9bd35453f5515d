package org.lvzhi.legislation.text;

import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.lvzhi.platform.OfficeFiles;

/**
 * The text of a Word document, one paragraph a line, for the parser: drafts arrive as .docx with
 * headings and articles as paragraphs. Table cells become lines of their own, row by row.
 */
public final class DocxText {

	private DocxText() {
	}

	/** @throws IOException when the bytes are not a .docx */
	public static String read(InputStream in) throws IOException {
		try (XWPFDocument doc = OfficeFiles.document(in)) {
			StringBuilder out = new StringBuilder();
			for (IBodyElement element : doc.getBodyElements()) {
				if (element instanceof XWPFParagraph p) {
					line(out, p.getText());
				}
				else if (element instanceof XWPFTable t) {
					for (XWPFTableRow row : t.getRows()) {
						for (XWPFTableCell cell : row.getTableCells()) {
							for (XWPFParagraph p : cell.getParagraphs()) {
								line(out, p.getText());
							}
						}
					}
				}
			}
			return out.toString();
		}
		catch (RuntimeException e) {
			// POI reports a file that is no Word document with runtime exceptions of several kinds.
			throw new IOException(e);
		}
	}

	private static void line(StringBuilder out, String text) {
		if (text == null || text.isBlank()) {
			return;
		}
		out.append(text.replace("\r", "").replace('\u000b', '\n')).append('\n');
	}
}
