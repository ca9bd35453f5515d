package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An answering unit asks for the longer period of a complex suggestion, once. */
@Service
public class RequestExtension {

	private final SuggestionStore store;
	private final SuggestionNotices notices;

	RequestExtension(SuggestionStore store, SuggestionNotices notices) {
		this.store = store;
		this.notices = notices;
	}

	@Transactional
	public void request(SuggestionId id, int version, OrganizationId unit, String reason, LocalDate on) {
		Suggestion s = store.load(id, version);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.requestExtension(unit, reason, on);
		notices.toOffice(store.save(s, "extensionRequested", before), "extensionRequested");
	}
}
