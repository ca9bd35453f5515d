package org.lvzhi.suggestions.io;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.lvzhi.suggestions.Names;
import org.lvzhi.suggestions.Suggestion;
import org.lvzhi.suggestions.SuggestionFiles;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A suggestion's whole file as a Word document (办理档案): its text and deputies, the assignment,
 * the contacts, co-handling views, answers, ratings, progress reports and the timeline. The
 * caller checks that the reader may open the suggestion.
 */
@Component
class SuggestionDossier {

	private final Names names;
	private final SuggestionFiles files;
	private final MessageSource messages;

	SuggestionDossier(Names names, SuggestionFiles files, MessageSource messages) {
		this.names = names;
		this.files = files;
		this.messages = messages;
	}

	void write(Suggestion s, Locale locale, OutputStream out) {
		IoLabels l = new IoLabels(messages, locale);
		Names.Lookup n = names.lookup();
		try (DocxWriter doc = new DocxWriter()) {
			doc.title(s.title());
			doc.line(l.text("suggestions.io.column.number"), s.number());
			doc.line(l.text("suggestions.io.column.category"), s.category());
			doc.line(l.text("suggestions.io.column.state"), l.state(s.state()));
			doc.line(l.text("suggestions.io.column.leadDeputy"), n.person(s.leadDeputy().value()));
			doc.line(l.text("suggestions.io.column.coSigners"), n.persons(s.coSigners()));
			doc.line(l.text("suggestions.io.dossier.submittedOn"), date(s.submittedOn()));
			doc.line(l.text("suggestions.io.column.key"), l.yesNo(s.key()));
			doc.heading(l.text("suggestions.io.dossier.text"));
			doc.text(s.body());
			assignment(doc, s, l, n);
			section(doc, l, "contacts", List.of("unit", "stage", "date", "way", "note"), s.contacts().stream()
				.map(c -> List.of(n.unit(c.organizationId()), l.text("suggestions.stage." + c.stage()),
						date(c.contactOn()), nz(c.way()), nz(c.note())))
				.toList());
			section(doc, l, "coViews", List.of("unit", "date", "content"), s.coViews().stream()
				.map(v -> List.of(n.unit(v.organizationId()), date(v.sentOn()), nz(v.text())))
				.toList());
			section(doc, l, "answers", List.of("unit", "round", "answerCategory", "date", "content", "letter"),
					s.answers().stream()
						.map(a -> List.of(n.unit(a.organizationId()), String.valueOf(a.round()),
								l.text("suggestions.category." + a.category()), date(a.answeredOn()), nz(a.text()),
								letter(a.letterFileId())))
						.toList());
			section(doc, l, "ratings", List.of("round", "deputy", "rating", "date", "comment"), s.feedback().stream()
				.map(f -> List.of(String.valueOf(f.round()), n.person(f.personId()), l.rating(f.rating()),
						date(f.ratedOn()), nz(f.comment())))
				.toList());
			section(doc, l, "progress", List.of("unit", "date", "content"), s.progress().stream()
				.map(p -> List.of(n.unit(p.organizationId()), date(p.reportedOn()), nz(p.text())))
				.toList());
			section(doc, l, "timeline", List.of("date", "event", "unit", "note"), s.timeline().stream()
				.map(t -> List.of(date(t.occurredOn()), l.text("suggestions.timeline." + t.kind()),
						t.organizationId() == null ? "" : n.unit(t.organizationId()), nz(t.note())))
				.toList());
			doc.writeTo(out);
		}
	}

	private void assignment(DocxWriter doc, Suggestion s, IoLabels l, Names.Lookup n) {
		doc.heading(l.text("suggestions.io.dossier.assignment"));
		if (s.assignedOn() != null) {
			doc.line(l.text("suggestions.io.column.assignedOn"), date(s.assignedOn()));
			doc.line(l.text("suggestions.io.column.answerDue"), date(s.answerDue()));
		}
		if (s.key()) {
			doc.line(l.text("suggestions.io.dossier.leader"),
					s.supervisingLeader() == null ? "" : n.person(s.supervisingLeader().value()));
			doc.line(l.text("suggestions.io.dossier.jointOffices"), String.join("、", s.jointOffices()));
		}
		List<List<String>> rows = s.assignments().stream()
			.map(a -> List.of(n.unit(a.organizationId()), l.role(a.role()),
					l.text("suggestions.io.status." + a.status()), date(a.assignedOn()), date(a.dueDate())))
			.toList();
		if (rows.isEmpty()) {
			doc.text(l.text("suggestions.io.dossier.none"));
		}
		else {
			doc.table(headers(l, List.of("unit", "role", "status", "assignedOn", "due")), rows);
		}
	}

	private void section(DocxWriter doc, IoLabels l, String name, List<String> columns, List<List<String>> rows) {
		doc.heading(l.text("suggestions.io.dossier." + name));
		if (rows.isEmpty()) {
			doc.text(l.text("suggestions.io.dossier.none"));
		}
		else {
			doc.table(headers(l, columns), rows);
		}
	}

	private static List<String> headers(IoLabels l, List<String> columns) {
		return columns.stream().map(c -> l.text("suggestions.io.dossier.col." + c)).toList();
	}

	private String letter(Long fileId) {
		return fileId == null ? "" : files.info(fileId).map(SuggestionFiles.FileInfo::name).orElse("");
	}

	private static String date(LocalDate d) {
		return d == null ? "" : d.toString();
	}

	private static String nz(String s) {
		return Objects.requireNonNullElse(s, "");
	}
}
