package org.lvzhi.oversight.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.lvzhi.directory.Directory;
import org.lvzhi.oversight.PlanItemKind;
import org.lvzhi.oversight.plan.SupervisionPlans.Item;
import org.lvzhi.oversight.plan.SupervisionPlans.Plan;
import org.lvzhi.oversight.plan.SupervisionPlans.Revision;
import org.lvzhi.oversight.web.Names;
import org.lvzhi.platform.Spreadsheet;
import org.lvzhi.platform.WordDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The annual supervision plan as the document the council of chairpersons adopts (.docx): title,
 * adoption line, then one section per kind of oversight with its numbered items; and the list of
 * candidate topics (.xlsx).
 */
@Service
class PlanDocuments {

	private final SupervisionPlans plans;
	private final Topics topics;
	private final Directory directory;
	private final MessageSource messages;

	PlanDocuments(SupervisionPlans plans, Topics topics, Directory directory, MessageSource messages) {
		this.plans = plans;
		this.topics = topics;
		this.directory = directory;
		this.messages = messages;
	}

	/** The document's title: the plan's own, marked as a draft while the revision is not adopted. */
	String title(Plan plan, Revision revision, Locale locale) {
		return plan.title() + (revision.adopted() ? "" : m("oversight.plan.doc.draftMark", locale));
	}

	/** The file name, in Chinese whatever the page language, as the office files the document. */
	String fileName(Plan plan, Revision revision) {
		String name = title(plan, revision, Locale.SIMPLIFIED_CHINESE) + (revision.revision() > 1
				? m("oversight.plan.doc.revisionMark", Locale.SIMPLIFIED_CHINESE, revision.revision()) : "");
		return name.replaceAll("[\\\\/:*?\"<>|]", "_") + ".docx";
	}

	byte[] plan(Plan plan, Revision revision, Locale locale) {
		List<Item> items = plans.items(plan.id(), revision.revision());
		Names names = new Names(directory).ofBodies(items.stream().map(Item::organId).toList());
		Map<PlanItemKind, List<Item>> byKind = new EnumMap<>(PlanItemKind.class);
		for (Item i : items) {
			byKind.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(i);
		}
		String[] numerals = m("oversight.plan.doc.numerals", locale).split(",");
		try (XWPFDocument doc = WordDocuments.document(); var out = new ByteArrayOutputStream()) {
			WordDocuments.title(doc, title(plan, revision, locale));
			WordDocuments.paragraph(doc, adoption(revision, locale), false, 12, ParagraphAlignment.CENTER);
			if (revision.decision() != null && !revision.decision().isBlank()) {
				WordDocuments.para(doc, revision.decision());
			}
			if (byKind.isEmpty()) {
				WordDocuments.para(doc, m("oversight.plan.doc.empty", locale));
			}
			int section = 0;
			for (Map.Entry<PlanItemKind, List<Item>> e : byKind.entrySet()) {
				String numeral = section < numerals.length ? numerals[section] : String.valueOf(section + 1);
				section++;
				WordDocuments.heading(doc, m("oversight.plan.doc.section", locale, numeral,
						m("oversight.plan.kind." + e.getKey(), locale), e.getValue().size()));
				List<List<String>> rows = new ArrayList<>();
				int n = 1;
				for (Item i : e.getValue()) {
					rows.add(List.of(String.valueOf(n++), i.title(), names.body(i.organId()),
							i.leadBody() == null ? "" : i.leadBody(),
							i.plannedMonth() == null ? "" : m("oversight.plan.inMonth", locale, i.plannedMonth()),
							i.note() == null ? "" : i.note()));
				}
				WordDocuments.table(doc, List.of(m("oversight.plan.doc.number", locale), m("oversight.plan.doc.item", locale),
						m("oversight.field.organ", locale), m("oversight.plan.leadBody", locale),
						m("oversight.plan.month", locale), m("oversight.plan.note", locale)), rows);
			}
			WordDocuments.write(doc, out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private String adoption(Revision revision, Locale locale) {
		if (!revision.adopted() || revision.meetingDate() == null) {
			return m("oversight.plan.doc.notAdopted", locale, revision.revision());
		}
		String on = date(revision.meetingDate(), locale);
		return revision.revision() == 1 ? m("oversight.plan.doc.adopted", locale, on)
				: m("oversight.plan.doc.adoptedRevision", locale, on, revision.revision());
	}

	static String date(LocalDate date, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

	/** The candidate topics of a year, as the list page shows them. */
	byte[] topics(int year, Locale locale) {
		try (Spreadsheet sheet = new Spreadsheet(m("oversight.topics.sheet", locale), List.of(
				m("oversight.topic.number", locale), m("oversight.topic.source", locale), m("oversight.field.title", locale),
				m("oversight.topic.reason", locale), m("oversight.topic.proposer", locale),
				m("oversight.topic.submittedOn", locale), m("oversight.field.state", locale),
				m("oversight.topic.answer", locale), m("oversight.topic.decidedOn", locale)));
				var out = new ByteArrayOutputStream()) {
			for (Topics.Topic t : topics.of(year)) {
				sheet.row(t.id(), m("oversight.topic.source." + t.source(), locale), t.title(), t.reason(), t.proposer(),
						t.submittedOn(), m("oversight.topic.state." + t.state(), locale), t.answer(), t.decidedOn());
			}
			sheet.writeTo(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	String m(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
