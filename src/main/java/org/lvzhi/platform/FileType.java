package org.lvzhi.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What an uploaded file is, told from its bytes, never from the name or the content type the
 * browser sent: a "photo" that is really an SVG or HTML page would otherwise run script on our
 * origin when opened.
 *
 * <p>Only the raster images are ever shown inline; everything else, SVG and HTML included, is
 * served as a download (see {@link StoredFile}).
 */
public enum FileType {

	PNG("image/png", true), JPEG("image/jpeg", true), GIF("image/gif", true), WEBP("image/webp", true),
	PDF("application/pdf", false),
	XLSX(Spreadsheet.CONTENT_TYPE, false),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
	/** .doc and .xls of Office 97–2003: an OLE2 compound file. */
	OFFICE_97("application/octet-stream", false),
	/** UTF-8 text that is not markup. */
	TEXT("text/plain;charset=UTF-8", false),
	/** Anything else, markup and archives included. */
	OTHER("application/octet-stream", false);

	private final String contentType;
	private final boolean inline;

	FileType(String contentType, boolean inline) {
		this.contentType = contentType;
		this.inline = inline;
	}

	/** The content type the file is served with. */
	public String contentType() {
		return contentType;
	}

	/** Whether a browser may show it in the page: raster images only. */
	public boolean inline() {
		return inline;
	}

	public boolean image() {
		return this == PNG || this == JPEG || this == GIF || this == WEBP;
	}

	public static FileType of(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			return OTHER;
		}
		if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return PNG;
		}
		if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) {
			return JPEG;
		}
		if (starts(bytes, 0, 'G', 'I', 'F', '8')) {
			return GIF;
		}
		if (starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'E', 'B', 'P')) {
			return WEBP;
		}
		if (starts(bytes, 0, '%', 'P', 'D', 'F', '-')) {
			return PDF;
		}
		if (starts(bytes, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			return OFFICE_97;
		}
		if (starts(bytes, 0, 'P', 'K', 3, 4)) {
			return ZipDirectory.read(bytes).map(ZipDirectory::officeType).orElse(OTHER);
		}
		return isPlainText(bytes) ? TEXT : OTHER;
	}

	private static boolean isPlainText(byte[] bytes) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException e) {
			return false;
		}
		String start = text.stripLeading();
		if (start.startsWith("\uFEFF")) {
			start = start.substring(1).stripLeading();
		}
		return !start.startsWith("<") && text.indexOf('\0') < 0;
	}

	private static boolean starts(byte[] bytes, int at, int... expected) {
		if (bytes.length < at + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((bytes[at + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	/** Whether this type is one of {@code allowed}. */
	public boolean in(FileType... allowed) {
		return Arrays.asList(allowed).contains(this);
	}
}
