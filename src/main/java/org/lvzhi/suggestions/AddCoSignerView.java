package org.lvzhi.suggestions;

import java.time.LocalDate;

import org.lvzhi.directory.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A co-signer adds her view of the answer while the lead deputy's rating is due; the lead deputy
 * is told, so that she weighs it before she rates. Only the lead deputy rates (代表法: the deputy
 * who leads a suggestion answers for it); co-signers read everything and have their say here.
 */
@Service
public class AddCoSignerView {

	private final SuggestionStore store;
	private final SuggestionNotices notices;

	AddCoSignerView(SuggestionStore store, SuggestionNotices notices) {
		this.store = store;
		this.notices = notices;
	}

	@Transactional
	public void add(SuggestionId id, int version, PersonId coSigner, String text, LocalDate on) {
		Suggestion s = store.load(id, version);
		SuggestionSnapshot before = SuggestionSnapshot.of(s);
		s.addCoSignerView(coSigner, text, on);
		notices.toLeadDeputy(store.save(s, "coSignerView", before), "coSignerView");
	}
}
