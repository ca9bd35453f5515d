package org.lvzhi.participation.results;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.lvzhi.participation.QuestionKind;
import org.lvzhi.participation.questionnaires.Question;
import org.lvzhi.participation.questionnaires.Questionnaire;
import org.lvzhi.participation.questionnaires.QuestionnaireStore;
import org.lvzhi.platform.Spreadsheet;
import org.lvzhi.platform.WordDocuments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A questionnaire's files: every response as a row of a spreadsheet (one column per question or
 * matrix item; no receipt codes, nothing of the respondent), and the results report as a Word
 * document with a table per question.
 */
@Component
public class ResultFiles {

	private final QuestionnaireStore store;
	private final Results results;
	private final MessageSource messages;

	ResultFiles(QuestionnaireStore store, Results results, MessageSource messages) {
		this.store = store;
		this.results = results;
		this.messages = messages;
	}

	public void answers(Questionnaire q, OutputStream out, Locale locale) {
		List<Question> questions = store.questions(q.id());
		List<String> headers = new ArrayList<>(List.of("participation.export.submittedAt", "participation.export.language"));
		List<String> keys = new ArrayList<>();
		for (Question question : questions) {
			if (question.kind() == QuestionKind.MATRIX) {
				for (String item : question.optionList()) {
					headers.add(question.number() + ". " + question.text() + " — " + item);
					keys.add(question.field() + "|" + item);
				}
			}
			else {
				headers.add(question.number() + ". " + question.text());
				keys.add(question.field());
			}
		}
		List<String> shown = headers.stream()
			.map(h -> h.startsWith("participation.") ? messages.getMessage(h, null, locale) : h).toList();
		try (Spreadsheet sheet = new Spreadsheet("answers", shown)) {
			for (Map<String, String> row : results.rows(q.id())) {
				List<Object> cells = new ArrayList<>();
				cells.add(row.get("submittedAt"));
				cells.add(row.get("language"));
				for (String key : keys) {
					cells.add(row.get(key));
				}
				sheet.row(cells.toArray());
			}
			sheet.writeTo(out);
		}
	}

	public void report(Questionnaire q, OutputStream out, Locale locale) throws IOException {
		Results.Summary summary = results.summary(q.id(), Results.Filter.NONE, locale);
		try (XWPFDocument doc = WordDocuments.document()) {
			WordDocuments.title(doc, q.title());
			WordDocuments.paragraph(doc, msg("participation.report.subtitle", locale), false, 12, ParagraphAlignment.CENTER);
			WordDocuments.para(doc, msg("participation.report.summary", locale,
					q.opensAt() == null ? "" : q.opensAt().toLocalDate().toString(),
					q.endsAt() == null ? "" : q.endsAt().toLocalDate().toString(), String.valueOf(summary.responses())));
			for (Results.QuestionResult r : summary.questions()) {
				WordDocuments.heading(doc, r.question().number() + ". " + r.label());
				WordDocuments.para(doc, msg("participation.report.answered", locale, String.valueOf(r.answered())));
				if (!r.counts().isEmpty()) {
					WordDocuments.table(doc,
							List.of(msg("participation.results.option", locale), msg("participation.results.count", locale),
									msg("participation.results.percent", locale)),
							r.counts().stream().map(c -> List.of(c.label(), String.valueOf(c.count()), c.percent() + "%"))
								.toList());
				}
				if (!r.items().isEmpty()) {
					WordDocuments.table(doc,
							List.of(msg("participation.results.item", locale), msg("participation.results.mean", locale),
									msg("participation.results.count", locale)),
							r.items().stream().map(i -> List.of(i.label(), i.mean() == null ? "—" : i.mean().toPlainString(),
									String.valueOf(i.answered()))).toList());
				}
				if (r.mean() != null) {
					WordDocuments.para(doc, msg("participation.results.meanIs", locale, r.mean().toPlainString()));
				}
			}
			WordDocuments.write(doc, out);
		}
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
