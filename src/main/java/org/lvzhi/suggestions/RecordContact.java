package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit logs one of its three contacts with the deputy (三见面): how and when they met. */
@Service
public class RecordContact {

	private final SuggestionStore store;

	RecordContact(SuggestionStore store) {
		this.store = store;
	}

	@Transactional
	public void record(SuggestionId id, int version, OrganizationId unit, ContactStage stage, LocalDate contactOn,
			String way, String note) {
		Suggestion s = store.load(id, version);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.recordContact(unit, stage, contactOn, way, note);
		store.save(s, "contactRecorded", before);
	}
}
