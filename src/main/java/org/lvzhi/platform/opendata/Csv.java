package org.lvzhi.platform.opendata;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A list of records as CSV (RFC 4180): one column per record component, named as the JSON field
 * is, so that the CSV and the JSON of a list read alike; fields quoted when they hold a comma, a
 * quote or a line break, lines ended by CRLF. UTF-8 with a byte order mark, so that Excel opens
 * Chinese text correctly. A list value is written as its elements joined by "; "; a text that a
 * spreadsheet would run as a formula is written with a leading apostrophe ({@link #inert}).
 */
public final class Csv {

	/** What a CSV endpoint produces (its answers say {@code charset=UTF-8}). */
	public static final String TYPE = "text/csv";
	public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private Csv() {
	}

	/** The rows as a download named {@code filename} (e.g. {@code laws.csv}). */
	public static <R extends Record> ResponseEntity<byte[]> download(String filename, Class<R> type, List<R> rows) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(MEDIA_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(bytes(type, rows));
	}

	/** The CSV text with its byte order mark, as UTF-8 bytes. */
	public static <R extends Record> byte[] bytes(Class<R> type, List<R> rows) {
		byte[] text = text(type, rows).getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, all, 0, BOM.length);
		System.arraycopy(text, 0, all, BOM.length, text.length);
		return all;
	}

	/** The CSV text, header row first. */
	public static <R extends Record> String text(Class<R> type, List<R> rows) {
		RecordComponent[] columns = type.getRecordComponents();
		for (RecordComponent column : columns) {
			// The modules' row records are package-private.
			column.getAccessor().setAccessible(true);
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < columns.length; i++) {
			out.append(i == 0 ? "" : ",").append(field(columns[i].getName()));
		}
		out.append("\r\n");
		for (R row : rows) {
			for (int i = 0; i < columns.length; i++) {
				Object value;
				try {
					value = columns[i].getAccessor().invoke(row);
				}
				catch (ReflectiveOperationException e) {
					throw new IllegalStateException("cannot read " + columns[i], e);
				}
				out.append(i == 0 ? "" : ",").append(field(cell(value)));
			}
			out.append("\r\n");
		}
		return out.toString();
	}

	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Collection<?> list) {
			return list.stream().map(Csv::cell).collect(Collectors.joining("; "));
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof CharSequence text) {
			return inert(text.toString());
		}
		if (value instanceof java.time.LocalDateTime time) {
			// As the JSON writes it: seconds always, the fraction without trailing zeros.
			return java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time);
		}
		return value.toString();
	}

	/**
	 * A text a spreadsheet would take for a formula (it starts with =, +, -, @, a tab or a carriage
	 * return) gets a leading apostrophe, so that a comment typed by anybody cannot run in Excel.
	 */
	static String inert(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	/** One field, quoted when RFC 4180 asks for it. */
	static String field(String value) {
		if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
			return value;
		}
		return '"' + value.replace("\"", "\"\"") + '"';
	}
}
