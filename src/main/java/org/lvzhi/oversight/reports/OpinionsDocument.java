package org.lvzhi.oversight.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.lvzhi.oversight.web.Names;
import org.lvzhi.platform.WordDocuments;
import org.springframework.context.MessageSource;

/** The deliberation opinions as the Word letter handed to the organ (审议意见书). */
final class OpinionsDocument {

	private OpinionsDocument() {
	}

	static void write(ReportView r, Names names, MessageSource messages, Locale locale, OutputStream out)
			throws IOException {
		try (XWPFDocument doc = WordDocuments.document()) {
			WordDocuments.paragraph(doc, messages.getMessage("oversight.docx.title", new Object[] { r.title() }, locale), true, 16,
					ParagraphAlignment.CENTER);
			WordDocuments.paragraph(doc, names.body(r.organId()) + messages.getMessage("oversight.docx.salutation", null, locale), false,
					12, ParagraphAlignment.LEFT);
			WordDocuments.paragraph(doc, messages.getMessage("oversight.docx.intro",
					new Object[] { String.valueOf(r.deliberatedOn()), r.title() }, locale), false, 12, ParagraphAlignment.LEFT);
			for (String line : r.opinions().split("\\R")) {
				WordDocuments.paragraph(doc, line, false, 12, ParagraphAlignment.LEFT);
			}
			WordDocuments.paragraph(doc, messages.getMessage("oversight.docx.handlingDue",
					new Object[] { r.handlingDue() == null ? "" : String.valueOf(r.handlingDue()) }, locale), false, 12,
					ParagraphAlignment.LEFT);
			WordDocuments.paragraph(doc, messages.getMessage("oversight.docx.sender", null, locale)
					+ (r.opinionsSentOn() == null ? "" : "\u3000" + r.opinionsSentOn()), false, 12, ParagraphAlignment.RIGHT);
			WordDocuments.write(doc, out);
		}
	}
}
