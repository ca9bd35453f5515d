package org.lvzhi.appointments.motions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.lvzhi.appointments.AppointmentsException;
import org.lvzhi.appointments.rules.AppointmentsSettings;
import org.lvzhi.platform.WordDocuments;
import org.springframework.stereotype.Component;

/**
 * The letter of appointment (任命书) in its official layout: the title, the number under it, the
 * appointment in one sentence with its legal basis and the day of the vote, the appointing body and
 * the date in Chinese numerals at the foot. Written in Chinese whatever the reader's language: it is
 * the document handed to the person.
 */
@Component
class LetterOfAppointment {

	/** A generated file and the name it is downloaded under. */
	record File(String name, byte[] bytes) {
	}

	private final AppointmentsSettings settings;

	LetterOfAppointment(AppointmentsSettings settings) {
		this.settings = settings;
	}

	File of(MotionReads.Named named) {
		NominationRow n = named.n();
		if (n.letterNumber() == null) {
			throw new AppointmentsException("appointments.error.noLetterYet");
		}
		try (XWPFDocument doc = new XWPFDocument()) {
			WordDocuments.paragraph(doc, "任　命　书", true, 26, ParagraphAlignment.CENTER);
			WordDocuments.paragraph(doc, n.letterNumber(), false, 16, ParagraphAlignment.CENTER);
			doc.createParagraph();
			WordDocuments.paragraph(doc, named.person() + "：", false, 16, ParagraphAlignment.LEFT);
			WordDocuments.para(doc, "根据《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》的规定，经"
					+ settings.appointingBody() + "于" + chinese(n.votedOn()) + "表决通过，"
					+ (n.kind() == org.lvzhi.appointments.AppointmentKind.ACTING ? "决定你为" + named.body() + "代理" + n.label()
							: "任命你为" + named.body() + n.label())
					+ "。");
			WordDocuments.para(doc, "特发此书。");
			doc.createParagraph();
			WordDocuments.paragraph(doc, settings.appointingBody(), false, 16, ParagraphAlignment.RIGHT);
			WordDocuments.paragraph(doc, chinese(n.letterOn()), false, 16, ParagraphAlignment.RIGHT);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.write(out);
			return new File("任命书-" + n.letterNumber() + "-" + named.person() + ".docx", out.toByteArray());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A date as official documents write it: 二〇二三年二月二十三日. */
	static String chinese(LocalDate day) {
		String digits = "〇一二三四五六七八九";
		StringBuilder year = new StringBuilder();
		for (char c : String.valueOf(day.getYear()).toCharArray()) {
			year.append(digits.charAt(c - '0'));
		}
		return year + "年" + number(day.getMonthValue()) + "月" + number(day.getDayOfMonth()) + "日";
	}

	private static String number(int n) {
		String digits = "〇一二三四五六七八九";
		if (n < 10) {
			return String.valueOf(digits.charAt(n));
		}
		return (n / 10 == 1 ? "" : String.valueOf(digits.charAt(n / 10))) + "十" + (n % 10 == 0 ? "" : digits.charAt(n % 10));
	}
}
