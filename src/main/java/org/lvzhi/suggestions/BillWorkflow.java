package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;

/**
 * The bill (议案) workflow for callers outside the pages, such as the demo world and records
 * imported from paper: each method is one move on the bill's current version, with the same rules,
 * audit entries and notices as the pages. Every method throws a
 * {@link org.lvzhi.platform.DomainException} with the Chinese reason when a rule refuses the move.
 */
public interface BillWorkflow {

	BillId draft(PersonId lead, BillContent content, List<PersonId> coSigners, LocalDate on);

	void sign(BillId bill, PersonId deputy, LocalDate on);

	/** @return the number the bill got, e.g. {@code 2023-议-01} */
	String file(BillId bill, PersonId lead, LocalDate on);

	/** @return the day the special committee's report is due */
	LocalDate refer(BillId bill, OrganizationId committee, String note, LocalDate on);

	SuggestionId convert(BillId bill, String category, String note, LocalDate on);

	void recordCommitteeReport(BillId bill, String text, BillOutcome recommendation, LocalDate on);

	void settle(BillId bill, BillOutcome outcome, String note, List<OrganizationId> organs, LocalDate on);

	void recordOrganReport(BillId bill, OrganizationId organ, String text, LocalDate on);

	void complete(BillId bill, String note, LocalDate on);

	/** The bill a suggestion was made from by the presidium, if any. */
	Optional<BillOrigin> originOf(SuggestionId suggestion);

	/** The bill a suggestion came from: its ID and number. */
	record BillOrigin(BillId id, String number) {
	}
}
