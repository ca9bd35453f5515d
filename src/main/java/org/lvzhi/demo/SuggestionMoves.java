package org.lvzhi.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.lvzhi.demo.TaiyuanSuggestions.Tracked;
import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.AcceptSuggestion;
import org.lvzhi.suggestions.AnswerCategory;
import org.lvzhi.suggestions.AnswerSuggestion;
import org.lvzhi.suggestions.AssignSuggestion;
import org.lvzhi.suggestions.CloseSuggestion;
import org.lvzhi.suggestions.ContactStage;
import org.lvzhi.suggestions.DraftSuggestion;
import org.lvzhi.suggestions.MarkImplemented;
import org.lvzhi.suggestions.MarkKeySuggestion;
import org.lvzhi.suggestions.RateAnswer;
import org.lvzhi.suggestions.Rating;
import org.lvzhi.suggestions.RecordContact;
import org.lvzhi.suggestions.RejectSuggestion;
import org.lvzhi.suggestions.ReopenSuggestion;
import org.lvzhi.suggestions.ReportProgress;
import org.lvzhi.suggestions.SendCoHandlingView;
import org.lvzhi.suggestions.SubmitSuggestion;
import org.lvzhi.suggestions.SuggestionContent;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.Suggestions;
import org.springframework.stereotype.Component;

/**
 * The suggestion use cases as the demo calls them. Every use case saves once, so the version a
 * move starts from is the previous one plus one: the demo keeps count instead of reloading.
 */
@Component
class SuggestionMoves {

	private final Suggestions suggestions;
	private final DraftSuggestion draft;
	private final SubmitSuggestion submit;
	private final AcceptSuggestion accept;
	private final RejectSuggestion reject;
	private final MarkKeySuggestion markKey;
	private final AssignSuggestion assign;
	private final RecordContact contact;
	private final SendCoHandlingView coView;
	private final AnswerSuggestion answer;
	private final RateAnswer rate;
	private final ReopenSuggestion reopen;
	private final CloseSuggestion close;
	private final ReportProgress progress;
	private final MarkImplemented implemented;

	SuggestionMoves(Suggestions suggestions, DraftSuggestion draft, SubmitSuggestion submit, AcceptSuggestion accept,
			RejectSuggestion reject, MarkKeySuggestion markKey, AssignSuggestion assign, RecordContact contact,
			SendCoHandlingView coView, AnswerSuggestion answer, RateAnswer rate, ReopenSuggestion reopen,
			CloseSuggestion close, ReportProgress progress, MarkImplemented implemented) {
		this.suggestions = suggestions;
		this.draft = draft;
		this.submit = submit;
		this.accept = accept;
		this.reject = reject;
		this.markKey = markKey;
		this.assign = assign;
		this.contact = contact;
		this.coView = coView;
		this.answer = answer;
		this.rate = rate;
		this.reopen = reopen;
		this.close = close;
		this.progress = progress;
		this.implemented = implemented;
	}

	SuggestionId draft(PersonId deputy, SuggestionContent content, List<PersonId> coSigners, LocalDate on) {
		return draft.draft(deputy, content, coSigners, on);
	}

	int version(SuggestionId id) {
		return suggestions.get(id).orElseThrow().version();
	}

	int submit(Tracked t, LocalDate on) {
		submit.submit(t.id, t.version, t.deputy, on);
		return t.version + 1;
	}

	void accept(Tracked t, LocalDate on) {
		accept.accept(t.id, t.version++, on);
	}

	void reject(Tracked t, String reason, LocalDate on) {
		reject.reject(t.id, t.version++, reason, on);
	}

	void markKey(Tracked t, PersonId leader, Set<String> offices, LocalDate on) {
		markKey.mark(t.id, t.version++, leader, offices, on);
	}

	void assign(Tracked t, LocalDate on) {
		assign.assign(t.id, t.version++, t.plan(), on);
	}

	void contact(Tracked t, ContactStage stage, String way, LocalDate on) {
		contact.record(t.id, t.version++, t.lead, stage, on, way, null);
	}

	void coView(Tracked t, String text, LocalDate on) {
		coView.send(t.id, t.version++, t.co, text, on);
	}

	void answer(Tracked t, AnswerCategory category, String text, LocalDate on) {
		answer.answer(t.id, t.version++, t.lead, category, text, null, on);
	}

	void rate(Tracked t, Rating rating, String comment, LocalDate on) {
		rate.rate(t.id, t.version++, t.deputy, rating, comment, on);
	}

	void reopen(Tracked t, LocalDate on) {
		reopen.reopen(t.id, t.version++, on);
	}

	void close(Tracked t, LocalDate on) {
		close.close(t.id, t.version++, on);
	}

	void progress(Tracked t, String text, LocalDate on) {
		progress.report(t.id, t.version++, t.lead, text, on);
	}

	void implemented(Tracked t, LocalDate on) {
		implemented.mark(t.id, t.version++, on);
	}
}
