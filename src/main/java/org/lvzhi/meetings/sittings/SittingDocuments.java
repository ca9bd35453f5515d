package org.lvzhi.meetings.sittings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.platform.Spreadsheet;
import org.lvzhi.platform.WordDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A sitting's documents: the notice (会议通知) and the agenda (议程) as Word files in the layout of
 * official documents, and the attendance list (出席情况) as a workbook whose texts are never formulas.
 */
@Component
@Transactional(readOnly = true)
class SittingDocuments {

	/** A generated file and the name it is downloaded under. */
	record File(String name, byte[] bytes) {
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
	private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final SittingReads reads;
	private final Attendance attendance;
	private final SittingService sittings;
	private final Directory directory;
	private final MessageSource messages;

	private final NonVotingAttendees attendees;

	SittingDocuments(SittingReads reads, Attendance attendance, SittingService sittings, Directory directory,
			MessageSource messages, NonVotingAttendees attendees) {
		this.attendees = attendees;
		this.reads = reads;
		this.attendance = attendance;
		this.sittings = sittings;
		this.directory = directory;
		this.messages = messages;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private String name(SittingView s, Locale locale) {
		return text("meetings.name." + s.kind(), locale, String.valueOf(s.term()), String.valueOf(s.number()));
	}

	/** A date as the document's language writes it: 2025年6月26日, or 26 June 2025. */
	private static String day(LocalDate d, Locale locale) {
		if (d == null) {
			return "";
		}
		return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? d.format(DAY) : d.format(DAY_EN);
	}

	File notice(SittingView s, Locale locale) {
		try (XWPFDocument doc = WordDocuments.document()) {
			String name = name(s, locale);
			WordDocuments.title(doc, text("meetings.doc.notice.title", locale, name));
			WordDocuments.paragraph(doc, text("meetings.doc.notice.to." + s.kind(), locale), false, 14,
					ParagraphAlignment.LEFT);
			WordDocuments.para(doc, text("meetings.doc.notice.body", locale, name, day(s.heldOn(), locale), s.place()));
			List<SittingReads.ItemView> items = reads.agenda(s.sittingId());
			if (!items.isEmpty()) {
				WordDocuments.para(doc, text("meetings.doc.notice.agenda", locale));
				int n = 1;
				for (SittingReads.ItemView i : items) {
					WordDocuments.para(doc, n++ + ". " + i.title());
				}
			}
			WordDocuments.para(doc, text("meetings.doc.notice.leave", locale));
			WordDocuments.paragraph(doc, text("meetings.doc.office", locale), false, 14, ParagraphAlignment.RIGHT);
			LocalDate sent = s.notifiedOn() != null ? s.notifiedOn() : sittings.noticeDue(s);
			WordDocuments.paragraph(doc, day(sent, locale), false, 14, ParagraphAlignment.RIGHT);
			return new File(text("meetings.doc.notice.fileName", locale, name), bytes(doc));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	File agenda(SittingView s, Locale locale) {
		try (XWPFDocument doc = WordDocuments.document()) {
			String name = name(s, locale);
			WordDocuments.title(doc, text("meetings.doc.agenda.title", locale, name));
			WordDocuments.paragraph(doc, text("meetings.doc.agenda.when", locale, day(s.heldOn(), locale), s.place()), false, 14,
					ParagraphAlignment.CENTER);
			List<SittingReads.ItemView> items = reads.agenda(s.sittingId());
			if (items.isEmpty()) {
				WordDocuments.para(doc, text("meetings.doc.agenda.none", locale));
			}
			int n = 1;
			for (SittingReads.ItemView i : items) {
				WordDocuments.para(doc, text("meetings.doc.agenda.item", locale, String.valueOf(n++), i.title(),
						messages.getMessage(i.kindKey(), null, "", locale)));
			}
			return new File(text("meetings.doc.agenda.fileName", locale, name), bytes(doc));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Every member of the standing committee on the sitting's day, with what was recorded (blank when nothing). */
	File attendance(SittingView s, Locale locale) {
		String name = name(s, locale);
		List<String> headers = List.of(text("meetings.doc.attendance.number", locale),
				text("meetings.doc.attendance.member", locale), text("meetings.field.attendance", locale));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Spreadsheet sheet = new Spreadsheet(text("meetings.field.attendance", locale), headers)) {
			int n = 1;
			Map<PersonId, Attendance.Status> who = attendance.of(s);
			for (Map.Entry<PersonId, Attendance.Status> e : who.entrySet()) {
				sheet.row(n++, directory.person(e.getKey()).map(p -> p.name()).orElse("#" + e.getKey().value()),
						e.getValue() == null ? "" : text("meetings.attendance." + e.getValue(), locale));
			}
			sheet.sheet(text("meetings.attendee.title", locale), List.of(text("meetings.doc.attendance.number", locale),
					text("meetings.field.attendeeName", locale), text("meetings.field.attendeeUnit", locale),
					text("meetings.field.attendeeKind", locale)));
			int a = 1;
			for (NonVotingAttendees.Attendee e : attendees.of(s.sittingId())) {
				sheet.row(a++, e.name(), e.unit() == null ? "" : e.unit(), text("meetings.attendee." + e.kind(), locale));
			}
			sheet.writeTo(out);
		}
		return new File(text("meetings.doc.attendance.fileName", locale, name), out.toByteArray());
	}

	private static byte[] bytes(XWPFDocument doc) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		WordDocuments.write(doc, out);
		return out.toByteArray();
	}
}
