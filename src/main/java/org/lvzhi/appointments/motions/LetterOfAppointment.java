package org.lvzhi.appointments.motions;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.appointments.AppointmentKind;
import org.lvzhi.appointments.AppointmentsException;
import org.lvzhi.appointments.rules.AppointmentsSettings;
import org.lvzhi.platform.documents.OfficialDates;
import org.lvzhi.platform.documents.OfficialDocument;
import org.lvzhi.platform.documents.OfficialDocument.Align;
import org.lvzhi.platform.documents.OfficialDocuments;
import org.springframework.stereotype.Component;

/**
 * The letter of appointment (任命书) in its official layout: the title, the number under it, the
 * person addressed, the appointment in one sentence with its legal basis and the day of the vote, the
 * appointing body and the date in Chinese numerals at the foot. Written in Chinese whatever the
 * reader's language: it is the document handed to the person. Written as .docx, to be edited and
 * printed on the committee's letterhead, and as .pdf with its fonts embedded.
 */
@Component
class LetterOfAppointment {

	/** A generated file, the name it is downloaded under and its media type. */
	record File(String name, byte[] bytes, String type) {
	}

	private final AppointmentsSettings settings;
	private final OfficialDocuments documents;

	LetterOfAppointment(AppointmentsSettings settings, OfficialDocuments documents) {
		this.settings = settings;
		this.documents = documents;
	}

	/** The letter as .docx. */
	File docx(MotionReads.Named named) {
		return new File(name(named, "docx"), documents.docx(document(named)), OfficialDocuments.DOCX);
	}

	/**
	 * The letter as .pdf.
	 *
	 * @throws org.lvzhi.platform.documents.FontsMissing when this server lacks the fonts
	 */
	File pdf(MotionReads.Named named) {
		return new File(name(named, "pdf"), documents.pdf(document(named)), OfficialDocuments.PDF);
	}

	/** What the letter says. */
	OfficialDocument document(MotionReads.Named named) {
		NominationRow n = named.n();
		if (n.letterNumber() == null) {
			throw new AppointmentsException("appointments.error.noLetterYet");
		}
		String post = n.kind() == AppointmentKind.ACTING ? "决定你为" + named.body() + "代理" + n.label()
				: "任命你为" + named.body() + n.label();
		return letter(named.person(), n.letterNumber(), settings.appointingBody(), n.votedOn(), post, n.letterOn());
	}

	/**
	 * A letter of appointment: the person addressed, the appointment ("任命你为……") voted on a day by
	 * the appointing body, and the date of the letter.
	 */
	static OfficialDocument letter(String person, String number, String appointingBody, LocalDate votedOn,
			String appointment, LocalDate letterOn) {
		return new OfficialDocument("任　命　书", number, List.of(
				new OfficialDocument.Line(person + "：", Align.LEFT),
				new OfficialDocument.Paragraph("根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的规定，经"
						+ appointingBody + "于" + OfficialDates.chinese(votedOn) + "表决通过，" + appointment + "。"),
				new OfficialDocument.Paragraph("特发此书。")),
				appointingBody, letterOn);
	}

	private static String name(MotionReads.Named named, String extension) {
		return "任命书-" + named.n().letterNumber() + "-" + named.person() + "." + extension;
	}
}
