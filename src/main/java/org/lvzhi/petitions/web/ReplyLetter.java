package org.lvzhi.petitions.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.lvzhi.platform.WordDocuments;
import org.lvzhi.petitions.handling.Petition;
import org.lvzhi.petitions.handling.Petitioner;
import org.springframework.context.MessageSource;

/**
 * The letter the petitioner receives (书面告知): the route decided (transfer, assignment, own
 * handling, redirection, not accepted with the reason) and, once there is one, the reply with the
 * right to ask for a review within the period. Written in Chinese, as it is sent.
 */
final class ReplyLetter {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private ReplyLetter() {
	}

	static byte[] write(Petition p, Petitioner who, MessageSource messages, String committee, LocalDate today) {
		Locale zh = Locale.SIMPLIFIED_CHINESE;
		try (XWPFDocument doc = WordDocuments.document(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			String title = messages.getMessage(p.replyKind() != null ? "petitions.letter.title.reply"
					: "petitions.letter.title.route", null, zh);
			paragraph(doc, title, true, ParagraphAlignment.CENTER, 18);
			paragraph(doc, p.number(), false, ParagraphAlignment.CENTER, 12);
			String name = who.name() == null ? messages.getMessage("petitions.letter.anonymous", null, zh) : who.name();
			paragraph(doc, messages.getMessage("petitions.letter.salutation", new Object[] { name }, zh), false,
					ParagraphAlignment.LEFT, 14);
			paragraph(doc, messages.getMessage("petitions.letter.received", new Object[] { p.receivedOn().toString(),
					p.subject() }, zh), false, ParagraphAlignment.LEFT, 14);
			if (p.route() != null) {
				String route = messages.getMessage("petitions.letter.route." + p.route(), new Object[] {
						p.handlingBody() == null ? "" : p.handlingBody(), p.routeReason() == null ? "" : p.routeReason() }, zh);
				paragraph(doc, route, false, ParagraphAlignment.LEFT, 14);
			}
			if (p.replyKind() != null) {
				paragraph(doc, messages.getMessage("petitions.letter.reply", new Object[] {
						messages.getMessage("petitions.reply." + p.replyKind(), null, zh), p.replyText() }, zh), false,
						ParagraphAlignment.LEFT, 14);
				paragraph(doc, messages.getMessage("petitions.letter.review", new Object[] {
						String.valueOf(p.reviewRequestDue()) }, zh), false, ParagraphAlignment.LEFT, 14);
			}
			paragraph(doc, messages.getMessage("petitions.letter.tracking", new Object[] { p.trackingCode() }, zh), false,
					ParagraphAlignment.LEFT, 12);
			paragraph(doc, committee, false, ParagraphAlignment.RIGHT, 14);
			paragraph(doc, today.toString(), false, ParagraphAlignment.RIGHT, 14);
			WordDocuments.write(doc, out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment align, int size) {
		XWPFParagraph p = doc.createParagraph();
		p.setAlignment(align);
		XWPFRun run = p.createRun();
		run.setText(text);
		run.setBold(bold);
		run.setFontFamily(bold ? "黑体" : "仿宋");
		run.setFontSize(size);
	}
}
