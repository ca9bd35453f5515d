package org.lvzhi.dutyrecords;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly duty report (年度述职报告) a deputy gives her voters or electoral unit, drafted from
 * her record: who she is, how she kept in touch with constituents, the bills and suggestions she
 * filed, a table of every count, and a section on shortcomings and plans she completes herself.
 */
@Service
@Transactional(readOnly = true)
class YearlyReport {

	private final DutyRecords records;
	private final Directory directory;
	private final MessageSource messages;

	YearlyReport(DutyRecords records, Directory directory, MessageSource messages) {
		this.records = records;
		this.directory = directory;
		this.messages = messages;
	}

	/** A finished report: its file name and its bytes. */
	record File(String name, byte[] bytes) {
	}

	/** The .docx file; the deputy must exist in the directory. */
	File write(PersonId deputy, int year, LocalDate today, Locale locale) {
		DeputyProfile who = DeputyProfile.of(directory, deputy, year)
			.orElseThrow(() -> new DutyRecordsException("dutyrecords.error.noDeputy"));
		LocalDate from = DutyRecords.yearStart(year);
		LocalDate to = DutyRecords.yearEnd(year);
		DutyTotals t = records.totals(deputy, from, to);
		Text text = new Text(messages, locale);
		String congress = orDash(who.congress());

		ReportDocument doc = new ReportDocument();
		doc.title(text.get("dutyrecords.report.title", who.name(), year));
		doc.subtitle(text.get("dutyrecords.report.subtitle", congress, orDash(who.delegation())));
		doc.paragraph(text.get("dutyrecords.report.opening", year, congress));

		doc.heading(text.get("dutyrecords.report.section.profile"));
		doc.paragraph(text.get("dutyrecords.report.profile", who.name(), orDash(who.occupation()), congress,
				who.level() == null ? "-" : text.get("directory.level." + who.level()), orDash(who.constituency()),
				orDash(who.delegation()), orDash(who.group())));

		doc.heading(text.get("dutyrecords.report.section.work"));
		doc.subheading(text.get("dutyrecords.report.section.constituents"));
		doc.paragraph(text.get("dutyrecords.report.constituents", n(t, DutyKind.STATION_VISIT),
				n(t, DutyKind.CONSTITUENTS_RECEIVED), n(t, DutyKind.OPINION_COLLECTED), n(t, DutyKind.OPINION_HANDLED),
				n(t, DutyKind.PROBLEM_SOLVED)));
		List<DutyEntry> visits = records.entriesOf(deputy, from, to, EnumSet.of(DutyKind.STATION_VISIT));
		if (!visits.isEmpty()) {
			doc.table(List.of(text.get("dutyrecords.field.date"), text.get("dutyrecords.field.station")),
					visits.stream().map(v -> List.of(v.occurredOn().toString(), orDash(v.title()))).toList(), 25, 75);
		}
		doc.subheading(text.get("dutyrecords.report.section.motions"));
		doc.paragraph(text.get("dutyrecords.report.motions", n(t, DutyKind.BILL_LED), n(t, DutyKind.BILL_CO_SIGNED),
				n(t, DutyKind.SUGGESTION_LED), n(t, DutyKind.SUGGESTION_CO_SIGNED)));
		List<DutyEntry> motions = records.entriesOf(deputy, from, to, EnumSet.of(DutyKind.BILL_LED,
				DutyKind.BILL_CO_SIGNED, DutyKind.SUGGESTION_LED, DutyKind.SUGGESTION_CO_SIGNED));
		if (!motions.isEmpty()) {
			doc.table(List.of(text.get("dutyrecords.field.reference"), text.get("dutyrecords.field.title"),
					text.get("dutyrecords.field.date"), text.get("dutyrecords.field.kind")),
					motions.stream().map(m -> List.of(orDash(m.reference()), orDash(m.title()), m.occurredOn().toString(),
							text.get("dutyrecords.kind." + m.kind()))).toList(), 20, 40, 20, 20);
		}
		doc.subheading(text.get("dutyrecords.report.section.totals"));
		doc.table(List.of(text.get("dutyrecords.field.kind"), text.get("dutyrecords.field.total")),
				EnumSet.allOf(DutyKind.class).stream()
					.map(k -> List.of(text.get("dutyrecords.kind." + k),
							t.of(k) + " " + text.get("dutyrecords.kind." + k + ".unit")))
					.toList(), 50, 50);

		doc.heading(text.get("dutyrecords.report.section.plans"));
		doc.paragraph(text.get("dutyrecords.report.plans"));
		doc.paragraph(text.get("dutyrecords.report.closing"));
		doc.signature(text.get("dutyrecords.report.signature", who.name()));
		doc.signature(text.get("dutyrecords.report.date", today.getYear(), today.getMonthValue(),
				today.getDayOfMonth()));
		return new File(text.get("dutyrecords.report.fileName", who.name(), year), doc.bytes());
	}

	private static String n(DutyTotals t, DutyKind kind) {
		return String.valueOf(t.of(kind));
	}

	private static String orDash(String s) {
		return s == null || s.isBlank() ? "-" : s;
	}

	private record Text(MessageSource messages, Locale locale) {

		String get(String key, Object... args) {
			return messages.getMessage(key, args, locale);
		}
	}
}
