package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lead or split unit answers the deputy with a category (A–D), the text and the formal reply
 * letter, once it has met the deputy before, during and before answering (三见面) and heard the
 * co-handling units or waited out their period. When the last answering unit has answered, the deputy's rating is due within the
 * feedback period.
 */
@Service
public class AnswerSuggestion {

	private final SuggestionStore store;
	private final SuggestionFiles files;
	private final SuggestionDeadlines deadlines;
	private final SuggestionNotices notices;
	private final SuggestionSettings settings;
	private final Names names;

	AnswerSuggestion(SuggestionStore store, SuggestionFiles files, SuggestionDeadlines deadlines,
			SuggestionNotices notices, SuggestionSettings settings, Names names) {
		this.settings = settings;
		this.names = names;
		this.store = store;
		this.files = files;
		this.deadlines = deadlines;
		this.notices = notices;
	}

	/** @param letter the reply letter, or {@code null} */
	@Transactional
	public void answer(SuggestionId id, int version, OrganizationId unit, AnswerCategory category, String text,
			LetterFile letter, LocalDate on) {
		Suggestion s = store.load(id, version);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		Long letterId = letter == null || letter.isEmpty() ? null
				: files.store(id, SuggestionFiles.Kind.LETTER, unit, letter);
		boolean complete = s.answer(unit, category, text, letterId, on, deadlines.feedbackDue(on),
				settings.requiredContacts(), names.lookup()::unit);
		Suggestion saved = store.save(s, "answered", before);
		if (complete) {
			notices.toLeadDeputy(saved, "answered");
			notices.toCoSigners(saved, "answeredCoSigned");
		}
	}
}
