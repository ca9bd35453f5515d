package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit asks to return a suggestion assigned to it by mistake, within the return period. */
@Service
public class RequestReturn {

	private final SuggestionStore store;
	private final SuggestionDeadlines deadlines;
	private final SuggestionNotices notices;

	RequestReturn(SuggestionStore store, SuggestionDeadlines deadlines, SuggestionNotices notices) {
		this.store = store;
		this.deadlines = deadlines;
		this.notices = notices;
	}

	@Transactional
	public void request(SuggestionId id, int version, OrganizationId unit, String reason, LocalDate on) {
		Suggestion s = store.load(id, version);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.requestReturn(unit, reason, deadlines.returnWindow(), on);
		notices.toOffice(store.save(s, "returnRequested", before), "returnRequested");
	}
}
