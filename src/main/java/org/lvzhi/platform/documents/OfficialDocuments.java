package org.lvzhi.platform.documents;

/**
 * Writes {@link OfficialDocument}s as files.
 */
public interface OfficialDocuments {

	String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	String PDF = "application/pdf";

	/** The document as .docx: A4, the margins, fonts and sizes of GB/T 9704, text tagged as zh-CN. */
	byte[] docx(OfficialDocument document);

	/**
	 * The document as .pdf with its fonts embedded and page numbers at the foot (— 1 —).
	 *
	 * @throws FontsMissing when the CJK fonts are not installed on this machine; nothing is written
	 */
	byte[] pdf(OfficialDocument document);

	/** Whether {@link #pdf} can be written here, i.e. the fonts are installed. */
	boolean pdfAvailable();
}
