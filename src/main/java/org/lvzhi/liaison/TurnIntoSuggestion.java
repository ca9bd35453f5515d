package org.lvzhi.liaison;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.DraftSuggestion;
import org.lvzhi.suggestions.SuggestionContent;
import org.lvzhi.suggestions.SuggestionId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deputy takes the opinion up as a suggestion: the draft is written through the suggestions
 * module and the opinion keeps the link. The draft carries the matter, never the constituent's
 * personal data; the deputy goes on with it under 我的建议.
 */
@Service
class TurnIntoSuggestion {

	private final OpinionStore store;
	private final DraftSuggestion draft;

	TurnIntoSuggestion(OpinionStore store, DraftSuggestion draft) {
		this.store = store;
		this.draft = draft;
	}

	@Transactional
	public SuggestionId turn(OpinionId id, int version, PersonId deputy, String title, String category, LocalDate on) {
		if (deputy == null) {
			throw new LiaisonException("liaison.error.deputyRequired");
		}
		Opinion o = store.load(id, version);
		// Refuse before the draft is written, so that a refused move leaves no orphan draft.
		if (o.state() != OpinionState.RECEIVED && o.state() != OpinionState.REOPENED) {
			throw LiaisonException.illegalMove(o.state(), "toSuggestion");
		}
		String body = o.subject() + (o.body() == null ? "" : "\n\n" + o.body())
				+ (o.place() == null ? "" : "\n\n" + o.place());
		SuggestionId suggestion = draft.draft(deputy,
				new SuggestionContent(title == null || title.isBlank() ? o.subject() : title, body, category, on.getYear()),
				List.of(), on);
		store.move(id, version, "turnedIntoSuggestion", x -> x.turnIntoSuggestion(suggestion.value(), on));
		return suggestion;
	}
}
