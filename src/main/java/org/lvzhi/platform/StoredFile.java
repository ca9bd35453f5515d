package org.lvzhi.platform;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Serves a stored upload with the type its bytes show, whatever type was claimed when it came in:
 * raster images inline, everything else (SVG and HTML above all) as a download, and never sniffed.
 */
public final class StoredFile {

	private StoredFile() {
	}

	/**
	 * The name an upload is stored under: its last path segment only (a browser may send
	 * {@code ..\\..\\x} or a full path), no control or direction-changing characters, at most 255 characters
	 * with the extension kept.
	 */
	public static String safeName(String original, String fallback) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.codePoints()
			.filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT && c != '"')
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return fallback;
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

	public static ResponseEntity<byte[]> response(String name, byte[] content) {
		FileType type = FileType.of(content);
		String fileName = name == null || name.isBlank() ? "file" : name;
		ContentDisposition disposition = (type.inline() ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(fileName, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox; default-src 'none'")
			.contentType(MediaType.parseMediaType(type.contentType()))
			.body(content);
	}
}
