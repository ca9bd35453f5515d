package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commission decides a unit's return request. When the last answering unit is released, the
 * suggestion waits to be assigned again.
 */
@Service
public class DecideReturn {

	private final SuggestionStore store;
	private final SuggestionNotices notices;

	DecideReturn(SuggestionStore store, SuggestionNotices notices) {
		this.store = store;
		this.notices = notices;
	}

	@Transactional
	public void decide(SuggestionId id, int version, OrganizationId unit, boolean approve, LocalDate on) {
		Suggestion s = store.load(id, version);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.decideReturn(unit, approve, on);
		Suggestion saved = store.save(s, approve ? "returnApproved" : "returnRefused", before);
		if (approve) {
			notices.toFormerUnit(saved, unit.value(), "returnApproved");
		}
		else {
			notices.toUnits(saved, List.of(unit.value()), "returnRefused");
		}
	}
}
