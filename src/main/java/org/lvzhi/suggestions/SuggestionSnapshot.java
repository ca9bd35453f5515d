package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.List;

/** What the audit log keeps of a suggestion before and after a move. */
record SuggestionSnapshot(String number, String title, String category, SuggestionState state, int round,
		boolean key, Long supervisingLeaderId, boolean complex, ExtensionState extension, List<String> units,
		LocalDate answerDue, LocalDate feedbackDue, int answers, int contacts, int coSignerViews, int progressReports,
		int version) {

	static SuggestionSnapshot of(Suggestion s) {
		if (s == null) {
			return null;
		}
		return new SuggestionSnapshot(s.number(), s.title(), s.category(), s.state(), s.round(), s.key(),
				s.supervisingLeaderId, s.complex(), s.extensionState(),
				s.standingAssignments().stream().map(a -> a.role() + ":" + a.organizationId() + ":" + a.status()).toList(),
				s.answerDue(), s.feedbackDue(), s.answers.size(), s.contacts.size(), s.coSignerViews.size(),
				s.progress.size(), s.version());
	}
}
