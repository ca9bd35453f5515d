package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A co-handling unit sends its view to the lead unit (会办意见). */
@Service
public class SendCoHandlingView {

	private final SuggestionStore store;
	private final SuggestionNotices notices;

	SendCoHandlingView(SuggestionStore store, SuggestionNotices notices) {
		this.store = store;
		this.notices = notices;
	}

	@Transactional
	public void send(SuggestionId id, int version, OrganizationId unit, String text, LocalDate on) {
		Suggestion s = store.load(id, version);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.sendView(unit, text, on);
		Suggestion saved = store.save(s, "coViewSent", before);
		if (saved.leadUnit() != null) {
			notices.toUnits(saved, java.util.List.of(saved.leadUnit().value()), "coView");
		}
	}
}
