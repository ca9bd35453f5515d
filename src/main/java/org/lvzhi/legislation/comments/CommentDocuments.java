package org.lvzhi.legislation.comments;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.lvzhi.platform.WordDocuments;
import org.lvzhi.legislation.CommentDecision;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.LegislationException;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.drafts.DraftVersion;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.process.ProcessStore;
import org.lvzhi.platform.Spreadsheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The documents made from the comments on a draft: the adoption report (征求意见采纳情况) for the
 * next reading, and the full list as a spreadsheet. Hidden comments are listed: they were received
 * and decided on like the others; contacts appear only in the legislative office's spreadsheet.
 */
@Component
public class CommentDocuments {

	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	private static final String FONT = "宋体";

	private final ProcessStore store;
	private final DraftStore drafts;
	private final MessageSource messages;
	private final CommentGroups groups;

	CommentDocuments(ProcessStore store, DraftStore drafts, MessageSource messages, CommentGroups groups) {
		this.groups = groups;
		this.store = store;
		this.drafts = drafts;
		this.messages = messages;
	}

	public void adoptionReport(DraftId id, Locale locale, OutputStream out) {
		DraftVersion draft = drafts.version(id).orElseThrow(() -> new LegislationException("process.comment.draftNotFound"));
		// The comments decided for this reading: its own, and those of earlier readings carried
		// forward or revised for it; its own undecided ones are listed as still open.
		java.util.Map<Long, ProcessStore.DecisionRow> decided = new java.util.HashMap<>();
		store.decisionsFor(id).forEach(d -> decided.put(d.comment().value(), d));
		List<Comment> comments = new java.util.ArrayList<>(store.comments(id));
		store.commentsBefore(draft.project(), draft.reading())
			.stream()
			.filter(c -> decided.containsKey(c.id().value()))
			.forEach(comments::add);
		try (XWPFDocument doc = WordDocuments.document()) {
			XWPFParagraph title = doc.createParagraph();
			title.setAlignment(ParagraphAlignment.CENTER);
			run(title, text(locale, "process.report.title", draft.title()), true, 32);
			long adopted = count(decided, CommentDecision.ADOPTED);
			long partly = count(decided, CommentDecision.PARTLY_ADOPTED);
			long not = count(decided, CommentDecision.NOT_ADOPTED);
			long open = comments.stream().filter(c -> !decided.containsKey(c.id().value())).count();
			XWPFParagraph summary = doc.createParagraph();
			summary.setFirstLineIndent(480);
			run(summary, text(locale, "process.report.summary", comments.size(), adopted, partly, not, open), false, 24);
			XWPFTable table = doc.createTable(comments.size() + 1, 6);
			table.setWidth("100%");
			List<String> headers = List.of(text(locale, "process.report.number"), text(locale, "process.comment.article"),
					text(locale, "process.comment.body"), text(locale, "process.comment.source"),
					text(locale, "process.comment.decide"), text(locale, "process.comment.reason"));
			fill(table, 0, headers, true);
			for (int i = 0; i < comments.size(); i++) {
				Comment c = comments.get(i);
				ProcessStore.DecisionRow d = decided.get(c.id().value());
				fill(table, i + 1, List.of(Integer.toString(i + 1), article(c, locale), c.body(),
						text(locale, "process.source." + c.source()),
						d == null ? text(locale, "process.comment.undecided") : text(locale, "process.decision." + d.decision()),
						d == null || d.reason() == null ? "" : d.reason()), false);
			}
			groups(doc, comments, draft, decided, locale);
			WordDocuments.write(doc, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * How many comments made each point made more than once, after the table: the earliest
	 * comment's words, the count, and where the comments stand in the table.
	 */
	private void groups(XWPFDocument doc, List<Comment> comments, DraftVersion draft,
			java.util.Map<Long, ProcessStore.DecisionRow> decided, Locale locale) {
		List<CommentGroups.Group> found = groups.of(comments, draft.project());
		if (found.isEmpty()) {
			return;
		}
		java.util.Map<Long, Integer> numbers = new java.util.HashMap<>();
		for (int i = 0; i < comments.size(); i++) {
			numbers.put(comments.get(i).id().value(), i + 1);
		}
		XWPFParagraph heading = doc.createParagraph();
		heading.setSpacingBefore(240);
		run(heading, text(locale, "process.report.groups"), true, 24);
		XWPFTable table = doc.createTable(found.size() + 1, 4);
		table.setWidth("100%");
		fill(table, 0, List.of(text(locale, "process.report.groupPoint"), text(locale, "process.report.groupCount"),
				text(locale, "process.report.groupNumbers"), text(locale, "process.comment.decide")), true);
		for (int i = 0; i < found.size(); i++) {
			CommentGroups.Group g = found.get(i);
			String where = g.comments()
				.stream()
				.map(c -> String.valueOf(numbers.get(c.id().value())))
				.collect(java.util.stream.Collectors.joining("、"));
			String decisions = g.comments()
				.stream()
				.map(c -> decided.get(c.id().value()))
				.map(d -> d == null ? text(locale, "process.comment.undecided") : text(locale, "process.decision." + d.decision()))
				.distinct()
				.collect(java.util.stream.Collectors.joining("、"));
			fill(table, i + 1, List.of(g.first().body(), Integer.toString(g.size()), where, decisions), false);
		}
	}

	/** The comment list; the contact column is filled for the legislative office only. */
	public void spreadsheet(DraftId id, boolean withContacts, Locale locale, OutputStream out) {
		try (Spreadsheet sheet = new Spreadsheet("comments", List.of(text(locale, "process.report.number"),
				text(locale, "process.comment.article"), text(locale, "process.comment.body"),
				text(locale, "process.comment.author"), text(locale, "process.comment.contact"),
				text(locale, "process.comment.source"), text(locale, "process.comment.sourceDetail"),
				text(locale, "process.comment.receivedOn"), text(locale, "process.comment.hideReason"),
				text(locale, "process.comment.decide"), text(locale, "process.comment.reason")))) {
			int n = 0;
			for (Comment c : store.comments(id)) {
				sheet.row(++n, article(c, locale), c.body(), c.authorName(), withContacts ? c.contact() : null,
						text(locale, "process.source." + c.source()), c.sourceDetail(),
						LocalDate.ofInstant(c.submittedAt(), LegislationYears.CHINA), c.hidden() ? c.hiddenReason() : null,
						c.decision() == null ? null : text(locale, "process.decision." + c.decision()), c.decisionReason());
			}
			sheet.writeTo(out);
		}
	}

	private String article(Comment c, Locale locale) {
		return c.articleLabel() == null ? text(locale, "process.comment.whole") : c.articleLabel();
	}

	private static long count(java.util.Map<Long, ProcessStore.DecisionRow> decided, CommentDecision decision) {
		return decided.values().stream().filter(d -> d.decision() == decision).count();
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** Writes one row of a table, every cell one run. */
	public static void fill(XWPFTable table, int row, List<String> values, boolean bold) {
		for (int c = 0; c < values.size(); c++) {
			run(table.getRow(row).getCell(c).getParagraphs().get(0), values.get(c), bold, 21);
		}
	}

	/** A run in the documents' font; sizes in half points, as Word counts them (32 = 三号, 24 = 小四). */
	public static void run(XWPFParagraph p, String text, boolean bold, int halfPoints) {
		XWPFRun r = p.createRun();
		r.setText(text);
		r.setBold(bold);
		r.setFontSize(halfPoints / 2.0);
		r.setFontFamily(FONT, XWPFRun.FontCharRange.eastAsia);
	}
}
