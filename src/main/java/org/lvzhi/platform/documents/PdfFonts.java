package org.lvzhi.platform.documents;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The font files the PDF embeds, read once from the fonts directory and kept as bytes; each
 * document parses them again into its own fonts, since a PDF font belongs to one document.
 */
@Component
class PdfFonts {

	private final DocumentSettings settings;
	private final Map<Path, byte[]> files = new ConcurrentHashMap<>();

	PdfFonts(DocumentSettings settings) {
		this.settings = settings;
	}

	/** The Debian packages whose font files are missing, in the order of the faces; empty when all are there. */
	List<String> missingPackages() {
		Set<String> missing = new LinkedHashSet<>();
		for (Face face : Face.values()) {
			if (!Files.isRegularFile(path(face))) {
				missing.add(face.debianPackage);
			}
		}
		return List.copyOf(missing);
	}

	/** The fonts of one document; closed after the document is saved (subsets are made while saving). */
	Loaded open(PDDocument document) {
		List<String> missing = missingPackages();
		if (!missing.isEmpty()) {
			throw new FontsMissing(String.join("、", missing));
		}
		return new Loaded(document);
	}

	private Path path(Face face) {
		return settings.fontsDir().resolve(face.file);
	}

	private byte[] bytes(Path file) {
		return files.computeIfAbsent(file, f -> {
			try {
				return Files.readAllBytes(f);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/** One font of a document: its glyphs (for widths and coverage) and the PDF font drawn with. */
	static final class Font {

		private final PDDocument document;
		private final TrueTypeFont ttf;
		private final CmapLookup cmap;
		private final float unitsPerEm;
		private final Map<Integer, Float> advances = new HashMap<>();
		private PDType0Font pdf;

		Font(PDDocument document, TrueTypeFont ttf) throws IOException {
			this.document = document;
			this.ttf = ttf;
			this.cmap = ttf.getUnicodeCmapLookup();
			this.unitsPerEm = ttf.getUnitsPerEm();
		}

		boolean has(int codePoint) {
			return cmap.getGlyphId(codePoint) > 0;
		}

		/** The advance of the character at size 1. */
		float advance(int codePoint) {
			return advances.computeIfAbsent(codePoint, cp -> {
				try {
					return ttf.getAdvanceWidth(cmap.getGlyphId(cp)) / unitsPerEm;
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}

		/** The PDF font, embedded as a subset of the glyphs drawn; loaded on first use. */
		PDType0Font pdf() {
			if (pdf == null) {
				try {
					pdf = PDType0Font.load(document, ttf, true);
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
			return pdf;
		}
	}

	/** The fonts one document draws with, loaded as they are needed. */
	final class Loaded implements Closeable {

		private final PDDocument document;
		private final Map<Path, TrueTypeCollection> collections = new HashMap<>();
		private final Map<String, Font> fonts = new HashMap<>();
		private final Map<Face, Font> byFace = new EnumMap<>(Face.class);

		private Loaded(PDDocument document) {
			this.document = document;
		}

		Font of(Face face) {
			return byFace.computeIfAbsent(face, f -> fonts.computeIfAbsent(f.file + "#" + f.fontName, k -> load(f)));
		}

		/**
		 * The font that draws the character in the face: the face's own, else the first of the other
		 * fonts that has it, else {@code null}.
		 */
		Font drawing(Face face, int codePoint) {
			Font own = of(face);
			if (own.has(codePoint)) {
				return own;
			}
			for (Face other : Arrays.asList(Face.BODY, Face.HEI, Face.KAI)) {
				Font font = of(other);
				if (font.has(codePoint)) {
					return font;
				}
			}
			return null;
		}

		private Font load(Face face) {
			try {
				Path file = path(face);
				TrueTypeCollection collection = collections.get(file);
				if (collection == null) {
					collection = new TrueTypeCollection(new ByteArrayInputStream(bytes(file)));
					collections.put(file, collection);
				}
				TrueTypeFont ttf = collection.getFontByName(face.fontName);
				if (ttf == null) {
					throw new FontsMissing(face.debianPackage);
				}
				return new Font(document, ttf);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public void close() throws IOException {
			List<IOException> failures = new ArrayList<>();
			for (TrueTypeCollection c : collections.values()) {
				try {
					c.close();
				}
				catch (IOException e) {
					failures.add(e);
				}
			}
			if (!failures.isEmpty()) {
				throw failures.get(0);
			}
		}
	}
}
