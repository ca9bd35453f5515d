package org.lvzhi.suggestions;

/**
 * Which notices a move settles, because it is the move they asked for: screening settles the
 * commission's "submitted", a decision settles the request it decides, the rating settles the lead
 * deputy's "please rate" and the co-signers' invitation to give their view, the complete answer
 * settles the units' handling notices. A settled notice no longer counts as waiting in anybody's
 * inbox.
 */
final class NoticesSettled {

	private static final String[] NONE = {};

	private NoticesSettled() {
	}

	/** The kinds of notice ({@code suggestions.notice.<what>}) that {@code action} settles for the saved suggestion. */
	static String[] by(String action, Suggestion saved) {
		return switch (action) {
			case "accepted", "rejected", "merged", "withdrawn" -> new String[] { "submitted" };
			case "returnApproved", "returnRefused" -> new String[] { "returnRequested" };
			case "extensionApproved", "extensionRefused" -> new String[] { "extensionRequested" };
			// Once rated, the lead deputy has weighed the co-signers' views, and they can give none.
			case "rated" -> new String[] { "answered", "answeredCoSigned", "coSignerView" };
			case "reopened" -> new String[] { "dissatisfied" };
			// Closing without a rating ends the lead deputy's chance to rate, too.
			case "closed" -> new String[] { "dissatisfied", "answered", "answeredCoSigned", "coSignerView" };
			case "answered" -> saved.state() == SuggestionState.ANSWERED
					? new String[] { "assigned", "overdue", "reopened", "returnRefused", "extensionApproved",
							"extensionRefused", "coView" }
					: NONE;
			default -> NONE;
		};
	}
}
