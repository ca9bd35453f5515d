package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commission decides an extension request. Approval makes the suggestion complex: its answers
 * are due within the complex period counted from the day of assignment.
 */
@Service
public class DecideExtension {

	private final SuggestionStore store;
	private final SuggestionDeadlines deadlines;
	private final SuggestionNotices notices;

	DecideExtension(SuggestionStore store, SuggestionDeadlines deadlines, SuggestionNotices notices) {
		this.store = store;
		this.deadlines = deadlines;
		this.notices = notices;
	}

	@Transactional
	public void decide(SuggestionId id, int version, boolean approve, LocalDate on) {
		Suggestion s = store.load(id, version);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		LocalDate extended = s.assignedOn() == null ? null : deadlines.answerDue(s.assignedOn(), true);
		s.decideExtension(approve, on, extended);
		Suggestion saved = store.save(s, approve ? "extensionApproved" : "extensionRefused", before);
		notices.toUnits(saved, saved.standingAssignments().stream().filter(a -> a.role().answers())
			.map(Assignment::organizationId).toList(), approve ? "extensionApproved" : "extensionRefused");
	}
}
