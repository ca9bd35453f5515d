package org.lvzhi.platform.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Writes the {@link DocumentSamples} as .docx and .pdf. With the system property
 * {@code lvzhi.documents.out} set (bin/check-documents does) the files go into that folder, to be
 * converted by LibreOffice and rendered to images; otherwise they are only checked in memory.
 */
class DocumentSamplesTests {

	private final OfficialDocuments documents = new OfficialDocumentFiles(new PdfFonts(new DocumentSettings(null)));

	@Test
	void everySampleIsWrittenAsDocxAndPdf() throws Exception {
		String out = System.getProperty("lvzhi.documents.out");
		Path folder = out == null || out.isBlank() ? null : Files.createDirectories(Path.of(out));
		for (Map.Entry<String, OfficialDocument> sample : DocumentSamples.all().entrySet()) {
			byte[] docx = documents.docx(sample.getValue());
			byte[] pdf = documents.pdf(sample.getValue());
			try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
				assertThat(doc.getParagraphs()).isNotEmpty();
			}
			try (PDDocument doc = Loader.loadPDF(pdf)) {
				assertThat(doc.getNumberOfPages()).isPositive();
			}
			if (folder != null) {
				Files.write(folder.resolve(sample.getKey() + ".docx"), docx);
				Files.write(folder.resolve(sample.getKey() + ".pdf"), pdf);
			}
		}
		assertThat(DocumentSamples.report().blocks()).hasSizeGreaterThan(40);
	}
}
