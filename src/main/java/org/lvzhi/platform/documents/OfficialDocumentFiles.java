package org.lvzhi.platform.documents;

import org.springframework.stereotype.Component;

/** Writes official documents with Apache POI (.docx) and Apache PDFBox (.pdf). */
@Component
class OfficialDocumentFiles implements OfficialDocuments {

	private final PdfFonts fonts;

	OfficialDocumentFiles(PdfFonts fonts) {
		this.fonts = fonts;
	}

	@Override
	public byte[] docx(OfficialDocument document) {
		return DocxLayout.write(document);
	}

	@Override
	public byte[] pdf(OfficialDocument document) {
		return PdfLayout.write(document, fonts);
	}

	@Override
	public boolean pdfAvailable() {
		return fonts.missingPackages().isEmpty();
	}
}
