/**
 * Documents in the official layout of GB/T 9704 (党政机关公文格式): one content model written both as
 * .docx, for staff to edit in Word or WPS, and as .pdf with its CJK fonts embedded, so that a reader
 * prints the same pages anywhere. Modules build an {@link org.lvzhi.platform.documents.OfficialDocument}
 * and hand it to {@link org.lvzhi.platform.documents.OfficialDocuments}.
 */
@org.springframework.modulith.NamedInterface("documents")
package org.lvzhi.platform.documents;
