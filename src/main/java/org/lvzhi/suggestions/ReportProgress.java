package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An answering unit reports how a B or C answer is being carried out (答复型 → 落实型). */
@Service
public class ReportProgress {

	private final SuggestionStore store;

	ReportProgress(SuggestionStore store) {
		this.store = store;
	}

	@Transactional
	public void report(SuggestionId id, int version, OrganizationId unit, String text, LocalDate on) {
		Suggestion s = store.load(id, version);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.reportProgress(unit, text, on);
		store.save(s, "progressReported", before);
	}
}
