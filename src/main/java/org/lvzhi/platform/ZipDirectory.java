package org.lvzhi.platform;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The central directory of a ZIP file held in memory: entry names and declared sizes, read
 * without inflating anything, so that a zip bomb is refused before a single byte is unpacked.
 */
record ZipDirectory(List<Entry> entries) {

	record Entry(String name, long compressed, long uncompressed) {
	}

	private static final int END_SIGNATURE = 0x06054b50;
	private static final int ENTRY_SIGNATURE = 0x02014b50;
	private static final int END_LENGTH = 22;

	/** Empty when the bytes are no ZIP file this reader understands (ZIP64 included: too large anyway). */
	static Optional<ZipDirectory> read(byte[] bytes) {
		ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
		int end = -1;
		for (int at = bytes.length - END_LENGTH; at >= Math.max(0, bytes.length - END_LENGTH - 0xFFFF); at--) {
			if (buffer.getInt(at) == END_SIGNATURE) {
				end = at;
				break;
			}
		}
		if (end < 0) {
			return Optional.empty();
		}
		int count = Short.toUnsignedInt(buffer.getShort(end + 10));
		long offset = Integer.toUnsignedLong(buffer.getInt(end + 16));
		List<Entry> entries = new ArrayList<>();
		long at = offset;
		for (int i = 0; i < count; i++) {
			if (at < 0 || at + 46 > end || buffer.getInt((int) at) != ENTRY_SIGNATURE) {
				return Optional.empty();
			}
			int p = (int) at;
			long compressed = Integer.toUnsignedLong(buffer.getInt(p + 20));
			long uncompressed = Integer.toUnsignedLong(buffer.getInt(p + 24));
			int nameLength = Short.toUnsignedInt(buffer.getShort(p + 28));
			int extraLength = Short.toUnsignedInt(buffer.getShort(p + 30));
			int commentLength = Short.toUnsignedInt(buffer.getShort(p + 32));
			if (p + 46 + nameLength > end || compressed == 0xFFFFFFFFL || uncompressed == 0xFFFFFFFFL) {
				return Optional.empty();
			}
			entries.add(new Entry(new String(bytes, p + 46, nameLength, StandardCharsets.UTF_8), compressed, uncompressed));
			at = (long) p + 46 + nameLength + extraLength + commentLength;
		}
		return Optional.of(new ZipDirectory(List.copyOf(entries)));
	}

	FileType officeType() {
		boolean office = has("[Content_Types].xml");
		if (office && has("xl/workbook.xml")) {
			return FileType.XLSX;
		}
		if (office && has("word/document.xml")) {
			return FileType.DOCX;
		}
		return FileType.OTHER;
	}

	long uncompressedTotal() {
		return entries.stream().mapToLong(Entry::uncompressed).sum();
	}

	/**
	 * The smallest compressed-to-unpacked ratio of any entry past {@code grace} bytes (small XML
	 * parts pack well and harm no one): a bomb packs a lot into little.
	 */
	double smallestRatio(long grace) {
		return entries.stream()
			.filter(e -> e.uncompressed() > grace)
			.mapToDouble(e -> (double) e.compressed() / e.uncompressed())
			.min()
			.orElse(1);
	}

	private boolean has(String name) {
		return entries.stream().anyMatch(e -> e.name().equals(name));
	}
}
