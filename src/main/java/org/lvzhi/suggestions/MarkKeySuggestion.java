package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.Set;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the council of chairpersons' choice of a key suggestion (重点建议), its supervising leader
 * and the offices of its joint supervision (五办联动).
 */
@Service
public class MarkKeySuggestion {

	private final SuggestionStore store;
	private final SuggestionSettings settings;
	private final Directory directory;

	MarkKeySuggestion(SuggestionStore store, SuggestionSettings settings, Directory directory) {
		this.store = store;
		this.settings = settings;
		this.directory = directory;
	}

	@Transactional
	public void mark(SuggestionId id, int version, PersonId leader, Set<String> jointOffices, LocalDate on) {
		Suggestion s = store.load(id, version);
		if (leader != null && directory.person(leader).isEmpty()) {
			throw new SuggestionException("suggestions.error.unknownLeader", leader.value());
		}
		if (!settings.jointOffices().containsAll(jointOffices)) {
			throw new SuggestionException("suggestions.error.unknownOffice");
		}
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.markKey(leader, jointOffices, on);
		store.save(s, "markedKey", before);
	}
}
