package org.lvzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** What an upload is comes from its bytes; Office files are opened only within limits. */
class UploadTypesTests {

	static final byte[] SVG = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
		.getBytes(StandardCharsets.UTF_8);

	@Test
	void tellsTheTypeFromTheBytesAndShowsOnlyRasterImagesInline() throws IOException {
		assertThat(FileType.of(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0 })).isEqualTo(FileType.PNG);
		assertThat(FileType.of(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).isEqualTo(FileType.JPEG);
		assertThat(FileType.of("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))).isEqualTo(FileType.PDF);
		assertThat(FileType.of(SVG)).isEqualTo(FileType.OTHER);
		assertThat(FileType.of("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileType.OTHER);
		assertThat(FileType.of("答复意见全文".getBytes(StandardCharsets.UTF_8))).isEqualTo(FileType.TEXT);
		assertThat(FileType.of(xlsx())).isEqualTo(FileType.XLSX);
		assertThat(FileType.of(docx())).isEqualTo(FileType.DOCX);
		assertThat(FileType.values()).filteredOn(FileType::inline)
			.containsExactlyInAnyOrder(FileType.PNG, FileType.JPEG, FileType.GIF, FileType.WEBP);
	}

	@Test
	void servesAStoredSvgOrPageAsADownloadThatIsNeverSniffed() {
		ResponseEntity<byte[]> svg = StoredFile.response("现场.png", SVG);
		assertThat(svg.getHeaders().getContentDisposition().isAttachment()).isTrue();
		assertThat(svg.getHeaders().getContentType()).hasToString("application/octet-stream");
		assertThat(svg.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		ResponseEntity<byte[]> png = StoredFile.response("现场.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 });
		assertThat(png.getHeaders().getContentDisposition().isInline()).isTrue();
		assertThat(png.getHeaders().getContentType()).hasToString("image/png");
	}

	@Test
	void keepsOnlyTheLastSegmentOfAnUploadedName() {
		assertThat(StoredFile.safeName("../../../../etc/passwd", "file")).isEqualTo("passwd");
		assertThat(StoredFile.safeName("..\\..\\名册.xlsx", "file")).isEqualTo("名册.xlsx");
		assertThat(StoredFile.safeName("a\u0000b\u202E.exe", "file")).isEqualTo("ab.exe");
		assertThat(StoredFile.safeName("..", "file")).isEqualTo("file");
		assertThat(StoredFile.safeName("x".repeat(300) + ".pdf", "file")).hasSize(255).endsWith(".pdf");
	}

	@Test
	void opensARealWorkbookAndDocument() throws IOException {
		try (var workbook = OfficeFiles.workbook(new ByteArrayInputStream(xlsx()))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
		}
		try (var document = OfficeFiles.document(new ByteArrayInputStream(docx()))) {
			assertThat(document.getParagraphs().get(0).getText()).isEqualTo("第一条");
		}
	}

	@Test
	void refusesAZipBombBeforeUnpackingIt() throws IOException {
		byte[] bomb = bomb(300);
		long start = System.nanoTime();
		assertThatThrownBy(() -> OfficeFiles.workbook(new ByteArrayInputStream(bomb)))
			.isInstanceOfSatisfying(UploadRefused.class, e -> assertThat(e.messageKey()).isEqualTo("upload.error.archive"));
		assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
	}

	@Test
	void refusesAPageOrAWorkbookWhereADocumentIsExpected() {
		assertThatThrownBy(() -> OfficeFiles.workbook(new ByteArrayInputStream("<html>".getBytes(StandardCharsets.UTF_8))))
			.isInstanceOfSatisfying(UploadRefused.class, e -> assertThat(e.messageKey()).isEqualTo("upload.error.type"));
		assertThatThrownBy(() -> OfficeFiles.document(new ByteArrayInputStream(xlsx())))
			.isInstanceOf(UploadRefused.class);
	}

	static byte[] bomb(int megabytes) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < megabytes; i++) {
				zip.write(zeros);
			}
		}
		return bytes.toByteArray();
	}

	static byte[] xlsx() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Spreadsheet sheet = new Spreadsheet("s", List.of("姓名"))) {
			sheet.writeTo(out);
		}
		return out.toByteArray();
	}

	static byte[] docx() throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText("第一条");
			doc.write(out);
			return out.toByteArray();
		}
	}
}
