package org.lvzhi.platform.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.lvzhi.platform.documents.OfficialDocument.Align;
import org.lvzhi.platform.documents.OfficialDocument.Block;
import org.lvzhi.platform.documents.OfficialDocument.Heading;
import org.lvzhi.platform.documents.OfficialDocument.Line;
import org.lvzhi.platform.documents.OfficialDocument.Paragraph;

/**
 * Sets an {@link OfficialDocument} on A4 pages in the layout of GB/T 9704: the type area (版心) of
 * 156 × 225 mm inside margins of 37 mm (top), 35 mm (bottom), 28 mm (left) and 26 mm (right), 22
 * lines of 三号 (16 pt) text a page, the title in 二号 (22 pt) centred, body paragraphs indented by
 * two characters and justified, and the page number in 四号 (14 pt) as "— 1 —" 7 mm under the type
 * area, on the right of odd pages and the left of even ones, one character in from the edge.
 */
final class PdfLayout {

	static final float MM = 72f / 25.4f;
	static final PDRectangle PAGE = PDRectangle.A4;
	static final float TOP = 37 * MM;
	static final float BOTTOM = 35 * MM;
	static final float LEFT = 28 * MM;
	static final float RIGHT = 26 * MM;
	static final float WIDTH = PAGE.getWidth() - LEFT - RIGHT;
	static final float BODY_SIZE = 16;
	static final float TITLE_SIZE = 22;
	static final float PAGE_NUMBER_SIZE = 14;
	/** The line pitch of the body: 22 lines fill the type area. */
	static final float PITCH = (PAGE.getHeight() - TOP - BOTTOM) / 22;
	static final float TITLE_PITCH = 36;
	/** Body lines are justified unless that would open gaps wider than this part of a character. */
	private static final float MOST_SPACING = 0.3f;

	private final PDDocument pdf;
	private final PdfFonts.Loaded fonts;
	private PDPageContentStream page;
	private int pages;
	/** The top of the next line's box. */
	private float y;

	private PdfLayout(PDDocument pdf, PdfFonts.Loaded fonts) {
		this.pdf = pdf;
		this.fonts = fonts;
	}

	static byte[] write(OfficialDocument document, PdfFonts fonts) {
		try (PDDocument pdf = new PDDocument(); PdfFonts.Loaded loaded = fonts.open(pdf)) {
			PdfLayout layout = new PdfLayout(pdf, loaded);
			layout.set(document);
			layout.page.close();
			PDDocumentInformation info = pdf.getDocumentInformation();
			info.setTitle(document.title().replace("\n", "").replace("　", ""));
			info.setCreator("Lvzhi");
			info.setCreationDate(Calendar.getInstance());
			pdf.getDocumentCatalog().setLanguage("zh-CN");
			PDViewerPreferences preferences = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
			preferences.setDisplayDocTitle(true);
			pdf.getDocumentCatalog().setViewerPreferences(preferences);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			pdf.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void set(OfficialDocument document) throws IOException {
		newPage();
		flow(document.title(), Face.TITLE, TITLE_SIZE, TITLE_PITCH, 0, Align.CENTER, false);
		if (document.number() != null && !document.number().isBlank()) {
			flow(document.number(), Face.BODY, BODY_SIZE, PITCH, 0, Align.CENTER, false);
		}
		y -= PITCH;
		for (Block block : document.blocks()) {
			switch (block) {
				case Heading h -> {
					Face face = Face.ofHeading(h.level());
					float height = lines(h.text(), face, BODY_SIZE * face.pdfScale, 2 * BODY_SIZE).size() * PITCH;
					if (height + PITCH <= PAGE.getHeight() - TOP - BOTTOM) {
						ensure(height + PITCH);
					}
					flow(h.text(), face, BODY_SIZE, PITCH, 2 * BODY_SIZE, Align.LEFT, true);
				}
				case Paragraph p -> flow(p.text(), Face.BODY, BODY_SIZE, PITCH, 2 * BODY_SIZE, Align.LEFT, true);
				case Line l -> flow(l.text(), Face.BODY, BODY_SIZE, PITCH, 0, l.align(), false);
			}
		}
		signature(document);
	}

	/** The issuer centred over the date, the date four characters in from the right (成文日期右空四字). */
	private void signature(OfficialDocument document) throws IOException {
		String date = document.date() == null ? null : OfficialDates.chinese(document.date());
		String issuer = document.issuer() == null || document.issuer().isBlank() ? null : clean(document.issuer());
		if (date == null && issuer == null) {
			return;
		}
		y -= PITCH;
		ensure((date == null || issuer == null ? 1 : 2) * PITCH);
		float right = LEFT + WIDTH - (date == null ? 0 : 4 * BODY_SIZE);
		float dateWidth = date == null ? 0 : width(date, Face.BODY, BODY_SIZE);
		if (issuer != null) {
			float issuerWidth = width(issuer, Face.BODY, BODY_SIZE);
			float x = Math.min(right - dateWidth / 2 - issuerWidth / 2, LEFT + WIDTH - issuerWidth);
			draw(issuer, Face.BODY, BODY_SIZE, Math.max(LEFT, x), baseline(PITCH, BODY_SIZE), 0);
			y -= PITCH;
		}
		if (date != null) {
			draw(date, Face.BODY, BODY_SIZE, right - dateWidth, baseline(PITCH, BODY_SIZE), 0);
			y -= PITCH;
		}
	}

	/** Sets a block's text in lines; the first is indented, every line but the last justified if asked. */
	private void flow(String text, Face face, float size, float pitch, float indent, Align align, boolean justify)
			throws IOException {
		size = size * face.pdfScale;
		List<String> lines = lines(text, face, size, indent);
		for (int i = 0; i < lines.size(); i++) {
			ensure(pitch);
			String line = lines.get(i);
			float lead = i == 0 ? indent : 0;
			float available = WIDTH - lead;
			float width = width(line, face, size);
			float x = switch (align) {
				case LEFT -> LEFT + lead;
				case RIGHT -> LEFT + WIDTH - width;
				case CENTER -> LEFT + (WIDTH - width) / 2;
			};
			float spacing = 0;
			int gaps = line.codePointCount(0, line.length()) - 1;
			if (justify && i < lines.size() - 1 && gaps > 0 && width < available) {
				float each = (available - width) / gaps;
				spacing = each <= MOST_SPACING * size ? each : 0;
			}
			draw(line, face, size, x, baseline(pitch, size), spacing);
			y -= pitch;
		}
	}

	private List<String> lines(String text, Face face, float size, float indent) {
		return LineBreaker.lines(clean(text), WIDTH - indent, WIDTH, cp -> advance(face, cp) * size);
	}

	/** The baseline in a line's box, the glyphs' em box centred in it. */
	private float baseline(float pitch, float size) {
		return y - pitch / 2 - size * 0.35f;
	}

	private void ensure(float height) throws IOException {
		if (y - height < BOTTOM - 0.5f) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		if (page != null) {
			page.close();
		}
		PDPage next = new PDPage(PAGE);
		pdf.addPage(next);
		page = new PDPageContentStream(pdf, next);
		pages++;
		y = PAGE.getHeight() - TOP;
		String number = "— " + pages + " —";
		float width = width(number, Face.BODY, PAGE_NUMBER_SIZE);
		float x = pages % 2 == 1 ? LEFT + WIDTH - PAGE_NUMBER_SIZE - width : LEFT + PAGE_NUMBER_SIZE;
		draw(number, Face.BODY, PAGE_NUMBER_SIZE, x, BOTTOM - 7 * MM - PAGE_NUMBER_SIZE * 0.8f, 0);
	}

	/** Draws one line, each character in the first font that has it (the face's own first). */
	private void draw(String line, Face face, float size, float x, float baseline, float spacing) throws IOException {
		page.beginText();
		page.setRenderingMode(face.bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
		page.setLineWidth(size * 0.03f);
		page.setCharacterSpacing(spacing);
		page.newLineAtOffset(x, baseline);
		PdfFonts.Font current = null;
		StringBuilder run = new StringBuilder();
		for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
			int cp = line.codePointAt(i);
			PdfFonts.Font font = fonts.drawing(face, cp);
			if (font == null) {
				cp = MISSING;
				font = fonts.drawing(face, cp);
				if (font == null) {
					continue;
				}
			}
			if (font != current && !run.isEmpty()) {
				show(current, size, run);
			}
			current = font;
			run.appendCodePoint(cp);
		}
		if (!run.isEmpty()) {
			show(current, size, run);
		}
		page.endText();
	}

	private void show(PdfFonts.Font font, float size, StringBuilder run) throws IOException {
		page.setFont(font.pdf(), size);
		page.showText(run.toString());
		run.setLength(0);
	}

	/** What stands for a character no font has: 〓, as typesetters mark a missing character. */
	private static final int MISSING = '〓';

	private float advance(Face face, int cp) {
		PdfFonts.Font font = fonts.drawing(face, cp);
		if (font == null) {
			font = fonts.drawing(face, MISSING);
			return font == null ? 0 : font.advance(MISSING);
		}
		return font.advance(cp);
	}

	private float width(String text, Face face, float size) {
		return LineBreaker.width(text, cp -> advance(face, cp) * size);
	}

	/** Tabs become spaces and other control characters go (they have no glyphs). */
	static String clean(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\t') {
				out.append(' ');
			}
			else if (c == '\n' || !Character.isISOControl(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}
}
