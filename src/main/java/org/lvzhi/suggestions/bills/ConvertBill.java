package org.lvzhi.suggestions.bills;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.DraftSuggestion;
import org.lvzhi.suggestions.SubmitSuggestion;
import org.lvzhi.suggestions.SuggestionContent;
import org.lvzhi.suggestions.SuggestionException;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.Suggestions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The presidium decides to handle the bill as a suggestion (作为建议处理): a suggestion is
 * submitted in the lead deputy's name with every deputy who signed, and the two point at each
 * other. It then follows the suggestion workflow from screening on.
 */
@Service
class ConvertBill {

	private final BillStore store;
	private final DraftSuggestion draft;
	private final SubmitSuggestion submit;
	private final Suggestions suggestions;

	ConvertBill(BillStore store, DraftSuggestion draft, SubmitSuggestion submit, Suggestions suggestions) {
		this.store = store;
		this.draft = draft;
		this.submit = submit;
		this.suggestions = suggestions;
	}

	/**
	 * @param category the suggestion category the office picks
	 * @throws SuggestionException when the category is not one of the suggestion categories
	 */
	@Transactional
	SuggestionId convert(BillId id, int version, String category, String note, LocalDate on) {
		Bill b = store.load(id, version);
		if (b.state() != BillState.FILED) {
			throw BillException.illegalMove(b.state(), "convert");
		}
		BillSnapshot before = BillSnapshot.of(b);
		List<PersonId> deputies = b.signedDeputies();
		PersonId lead = deputies.get(0);
		SuggestionContent content = new SuggestionContent(b.title(),
				"案据：\n" + b.grounds() + "\n\n方案：\n" + b.proposal() + "\n\n（由议案 " + b.number() + " 转为建议）", category,
				b.year());
		SuggestionId suggestion = draft.draft(lead, content, deputies.subList(1, deputies.size()), on);
		submit.submit(suggestion, suggestions.get(suggestion).orElseThrow().version(), lead, on);
		b.convert(suggestion, note, on);
		store.save(b, "converted", before);
		return suggestion;
	}
}
