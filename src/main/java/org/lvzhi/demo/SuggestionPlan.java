package org.lvzhi.demo;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.suggestions.AnswerCategory;
import org.lvzhi.suggestions.ContactStage;
import org.lvzhi.suggestions.Rating;

/**
 * The 2023 suggestions of the demo world as plain data, before anything is written: what each
 * deputy wrote and every later move with its date. The same seed and calendar give an equal plan.
 *
 * @param meeting the day of the assignment meeting (交办会) that assigns the session's suggestions
 */
record SuggestionPlan(List<Planned> suggestions, LocalDate meeting) {

	/** How a suggestion's year ends. */
	enum Fate {
		KEY_IMPLEMENTED, IMPLEMENTED, ANSWERED_A, UNRATED_A, ANSWERED_D, REHANDLED_A, REHANDLED_B, REHANDLED_CLOSED,
		FOLLOW_UP, REJECTED, AWAITING_RATING, OVERDUE;

		/** Whether the suggestion is handled to closure within the year. */
		boolean closes() {
			return this != FOLLOW_UP && this != REJECTED && this != AWAITING_RATING && this != OVERDUE;
		}
	}

	enum Move {
		ACCEPT, REJECT, MARK_KEY, ASSIGN, CONTACT, CO_VIEW, ANSWER, RATE, REOPEN, CLOSE, PROGRESS, IMPLEMENTED
	}

	/** One move; only the fields the move needs are set. */
	record Step(Move move, LocalDate on, String text, AnswerCategory category, Rating rating, ContactStage stage) {

		static Step of(Move move, LocalDate on) {
			return new Step(move, on, null, null, null, null);
		}

		static Step text(Move move, LocalDate on, String text) {
			return new Step(move, on, text, null, null, null);
		}
	}

	/**
	 * One suggestion.
	 *
	 * @param deputy index into the municipal deputies, or {@code -1} for the demo deputy account
	 * @param coSigners indexes into the municipal deputies
	 * @param inSession submitted during the congress session and assigned at the meeting
	 * @param leader index into the standing committee's vice-chairs, for a key suggestion
	 */
	record Planned(int deputy, List<Integer> coSigners, SuggestionThemes.Theme theme, String title, String body,
			boolean withCoUnit, LocalDate drafted, LocalDate submitted, boolean inSession, Fate fate, int leader,
			List<Step> steps) {
	}

	long closing() {
		return suggestions.stream().filter(p -> p.fate().closes()).count();
	}

	long key() {
		return suggestions.stream().filter(p -> p.fate() == Fate.KEY_IMPLEMENTED).count();
	}
}
