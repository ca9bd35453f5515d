package org.lvzhi.suggestions.io;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.Directory;
import org.lvzhi.suggestions.DraftSuggestion;
import org.lvzhi.suggestions.SubmitSuggestion;
import org.lvzhi.suggestions.SuggestionDeadlines;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.SuggestionSettings;
import org.lvzhi.suggestions.Suggestions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office enters the suggestions deputies handed in at a session from one workbook. Every row
 * is checked first; one bad row stops the whole file, so a corrected file can be imported again
 * without doubles. A good file goes in as one transaction through {@link DraftSuggestion} and
 * {@link SubmitSuggestion}, numbered in file order, with one summary audit entry besides theirs;
 * the office is not sent a notice per suggestion it entered itself.
 */
@Service
class ImportSessionSuggestions {

	private final DraftSuggestion draft;
	private final SubmitSuggestion submit;
	private final Suggestions suggestions;
	private final SuggestionSettings settings;
	private final SuggestionDeadlines deadlines;
	private final Directory directory;
	private final ApplicationEventPublisher events;

	ImportSessionSuggestions(DraftSuggestion draft, SubmitSuggestion submit, Suggestions suggestions,
			SuggestionSettings settings, SuggestionDeadlines deadlines, Directory directory,
			ApplicationEventPublisher events) {
		this.draft = draft;
		this.submit = submit;
		this.suggestions = suggestions;
		this.settings = settings;
		this.deadlines = deadlines;
		this.directory = directory;
		this.events = events;
	}

	/** @param fileName the uploaded file's name, for the audit entry */
	@Transactional
	public SuggestionImportResult importWorkbook(InputStream in, String fileName) {
		SuggestionWorkbook.Read read = SuggestionWorkbook.read(in);
		if (!read.problems().isEmpty()) {
			return new SuggestionImportResult(read.rows().size(), List.of(), read.problems());
		}
		ImportRowCheck check = new ImportRowCheck(settings.categories(), new ImportDeputies(directory), deadlines.today());
		read.rows().forEach(check::check);
		if (!check.problems().isEmpty()) {
			return new SuggestionImportResult(read.rows().size(), List.of(), check.problems());
		}
		List<String> numbers = new ArrayList<>();
		for (ImportRowCheck.Entry e : check.entries()) {
			SuggestionId id = draft.draft(e.lead(), e.content(), e.coSigners(), e.date());
			int version = suggestions.get(id).orElseThrow().version();
			numbers.add(submit.submit(id, version, e.lead(), e.date(), false));
		}
		String first = numbers.get(0);
		String last = numbers.get(numbers.size() - 1);
		String file = fileName == null ? "" : fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
		events.publishEvent(AuditEvent.created("suggestions.imported", "SuggestionImport", first,
				"导入代表建议 %d 件：%s 至 %s（%s）".formatted(numbers.size(), first, last, file),
				new Summary(file, numbers.size(), first, last)));
		return new SuggestionImportResult(read.rows().size(), numbers, List.of());
	}

	/** What the summary audit entry records. */
	record Summary(String file, int count, String firstNumber, String lastNumber) {
	}
}
