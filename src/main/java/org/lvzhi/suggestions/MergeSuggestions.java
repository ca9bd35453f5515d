package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commission merges duplicate suggestions into one (并案): the one kept takes every deputy of
 * the others as co-signers; the others end as merged.
 */
@Service
public class MergeSuggestions {

	private final SuggestionStore store;

	MergeSuggestions(SuggestionStore store) {
		this.store = store;
	}

	@Transactional
	public void merge(List<SuggestionId> duplicates, SuggestionId kept, LocalDate on) {
		if (duplicates.isEmpty()) {
			throw new SuggestionException("suggestions.error.nothingToMerge");
		}
		Suggestion target = store.load(kept);
		SuggestionSnapshot targetBefore = SuggestionSnapshot.of(target);
		for (SuggestionId id : duplicates) {
			Suggestion duplicate = store.load(id);
			SuggestionSnapshot before = SuggestionSnapshot.of(duplicate);
			duplicate.mergeInto(target, on);
			store.save(duplicate, "merged", before);
		}
		store.save(target, "absorbed", targetBefore);
	}
}
