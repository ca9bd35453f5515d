package org.lvzhi.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The one way uploaded .xlsx and .docx files are opened. An Office file is a ZIP archive, and POI
 * unpacks its parts whole into memory; a few kilobytes of crafted upload could otherwise take the
 * server's memory. The archive's directory is checked first (type, number of entries, unpacked
 * size, packing ratio), then POI's own guards watch the real unpacking of each part.
 */
public final class OfficeFiles {

	/** Larger than any roster or draft law; the multipart limit of the whole request is above it. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;
	static final int MAX_ENTRIES = 1_000;
	static final long MAX_UNPACKED = 200L * 1024 * 1024;
	static final long MAX_ENTRY = 100L * 1024 * 1024;
	/** POI's default: a part may unpack to at most 100 times its packed size. */
	static final double MIN_INFLATE_RATIO = 0.01;
	static final long RATIO_GRACE = 100 * 1024;

	static {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY);
		ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
		ZipSecureFile.setMaxTextSize(MAX_ENTRY);
	}

	private OfficeFiles() {
	}

	/** The first {@link #MAX_BYTES} bytes, or a refusal when there are more. */
	public static byte[] bytes(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			throw new UploadRefused("upload.error.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		return bytes;
	}

	/**
	 * Opens a workbook.
	 * @throws UploadRefused when the bytes are not a safe .xlsx
	 * @throws IOException when POI cannot read it
	 */
	public static Workbook workbook(InputStream in) throws IOException {
		byte[] bytes = checked(bytes(in), FileType.XLSX);
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	/**
	 * Opens a Word document.
	 * @throws UploadRefused when the bytes are not a safe .docx
	 * @throws IOException when POI cannot read it
	 */
	public static XWPFDocument document(InputStream in) throws IOException {
		byte[] bytes = checked(bytes(in), FileType.DOCX);
		return new XWPFDocument(new ByteArrayInputStream(bytes));
	}

	static byte[] checked(byte[] bytes, FileType expected) {
		if (FileType.of(bytes) != expected) {
			throw UploadRefused.notOfType("upload.type." + expected.name());
		}
		ZipDirectory zip = ZipDirectory.read(bytes).orElseThrow(() -> UploadRefused.notOfType("upload.type." + expected.name()));
		if (zip.entries().size() > MAX_ENTRIES || zip.uncompressedTotal() > MAX_UNPACKED
				|| zip.entries().stream().anyMatch(e -> e.uncompressed() > MAX_ENTRY)
				|| zip.smallestRatio(RATIO_GRACE) < MIN_INFLATE_RATIO) {
			throw new UploadRefused("upload.error.archive");
		}
		return bytes;
	}

}
