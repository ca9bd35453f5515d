package org.lvzhi.legislation.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.lvzhi.platform.WordDocuments;
import org.lvzhi.legislation.ProjectKind;
import org.lvzhi.legislation.comments.CommentDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual legislative plan as the document the council of chairpersons adopts (.docx): title,
 * adoption line, then one section per kind (制定, 修改, 打包修改, 调研项目) with its numbered projects,
 * their sponsor, drafting body, responsible committee and schedule. Not yet adopted, it is a draft.
 */
@Component
class PlanDocument {

	private final PlanStore store;
	private final MessageSource messages;
	private final String committee;

	PlanDocument(PlanStore store, MessageSource messages,
			@org.springframework.beans.factory.annotation.Value("${lvzhi.committee-name}") String committee) {
		this.store = store;
		this.messages = messages;
		this.committee = committee;
	}

	String title(int year, boolean adopted, Locale locale) {
		return text(locale, "process.plan.doc.title", committee, year)
				+ (adopted ? "" : text(locale, "process.plan.doc.draftMark"));
	}

	/** The file name, in Chinese whatever the page language, as the office files the document. */
	String fileName(int year, boolean adopted) {
		return title(year, adopted, Locale.SIMPLIFIED_CHINESE) + ".docx";
	}

	byte[] write(int year, PlanStore.Adoption adoption, Locale locale) {
		Map<ProjectKind, List<PlanItem>> byKind = new EnumMap<>(ProjectKind.class);
		for (PlanItem i : store.items(year)) {
			byKind.computeIfAbsent(i.kind(), k -> new ArrayList<>()).add(i);
		}
		String[] numerals = text(locale, "process.plan.doc.numerals").split(",");
		try (XWPFDocument doc = WordDocuments.document(); var out = new ByteArrayOutputStream()) {
			XWPFParagraph title = doc.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			CommentDocuments.run(title, title(year, adoption != null, locale), true, 36);
			XWPFParagraph line = doc.createParagraph();
			line.setAlignment(ParagraphAlignment.CENTER);
			CommentDocuments.run(line, adoption == null ? text(locale, "process.plan.doc.notAdopted")
					: text(locale, "process.plan.doc.adopted",
							DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(adoption.adoptedOn()),
							adoption.meeting()), false, 24);
			if (byKind.isEmpty()) {
				CommentDocuments.run(doc.createParagraph(), text(locale, "process.plan.empty"), false, 24);
			}
			int section = 0;
			for (Map.Entry<ProjectKind, List<PlanItem>> e : byKind.entrySet()) {
				String numeral = section < numerals.length ? numerals[section] : String.valueOf(section + 1);
				section++;
				CommentDocuments.run(doc.createParagraph(), text(locale, "process.plan.doc.section", numeral,
						text(locale, "process.kind." + e.getKey()), e.getValue().size()), true, 28);
				XWPFTable table = doc.createTable(e.getValue().size() + 1, 6);
				table.setWidth("100%");
				CommentDocuments.fill(table, 0, List.of(text(locale, "process.report.number"),
						text(locale, "process.plan.doc.name"), text(locale, "process.plan.sponsor"),
						text(locale, "process.plan.draftingBody"), text(locale, "process.plan.committee"),
						text(locale, "process.plan.schedule")), true);
				int n = 0;
				for (PlanItem i : e.getValue()) {
					n++;
					CommentDocuments.fill(table, n, List.of(String.valueOf(n), i.title(), blank(i.sponsor()),
							blank(i.draftingBody()), blank(i.committee()), blank(i.schedule())), false);
				}
				doc.createParagraph();
			}
			WordDocuments.write(doc, out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String blank(String s) {
		return s == null ? "" : s;
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
