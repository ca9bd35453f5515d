package org.lvzhi.suggestions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.LongFunction;

import org.lvzhi.directory.OrganizationId;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What an answering unit still owes before it may answer the deputy: the contacts with the deputy
 * (三见面) it has not logged, and the co-handling units whose view has not come while their period
 * still runs. The rule itself: a unit answers only once it owes nothing; which contacts it owes
 * comes from {@code lvzhi.suggestions.required-contacts}.
 *
 * @param missingContacts the required contact stages not yet logged by the unit, in order
 * @param awaitedViews co-handling units whose view is still awaited
 */
public record AnswerReadiness(List<ContactStage> missingContacts, List<OrganizationId> awaitedViews) {

	public AnswerReadiness {
		missingContacts = List.copyOf(missingContacts);
		awaitedViews = List.copyOf(awaitedViews);
	}

	public static final AnswerReadiness READY = new AnswerReadiness(List.of(), List.of());

	/**
	 * What {@code unit} owes on {@code on}: its required contacts not logged in any round, and the
	 * co-handling units whose view is awaited (see {@link Assignment#awaitsView}).
	 */
	static AnswerReadiness of(OrganizationId unit, Collection<ContactStage> required, Collection<Contact> contacts,
			Collection<Assignment> assignments, Collection<CoHandlingView> views, LocalDate on) {
		List<ContactStage> logged = contacts.stream().filter(c -> c.organizationId() == unit.value())
			.map(Contact::stage).toList();
		return new AnswerReadiness(missing(required, logged),
				assignments.stream().filter(a -> a.awaitsView(views, on)).map(Assignment::unit).toList());
	}

	/**
	 * The required stages not among those logged, in order. Contacts of any round count: a
	 * re-handling builds on the contacts already made.
	 */
	static List<ContactStage> missing(Collection<ContactStage> required, Collection<ContactStage> logged) {
		return required.stream().distinct().sorted().filter(stage -> !logged.contains(stage)).toList();
	}

	public boolean ready() {
		return missingContacts.isEmpty() && awaitedViews.isEmpty();
	}

	/** Refuses the answer while the unit still owes anything. */
	void requireReady(LongFunction<String> unitName) {
		if (!ready()) {
			throw refusal(unitName);
		}
	}

	/**
	 * The refusal the unit reads: every missing item named, the co-handling units by name. The
	 * message takes one argument per contact stage and one for the views, blank when not missing,
	 * so that it reads the same in every language without joining words in code.
	 */
	SuggestionException refusal(LongFunction<String> unitName) {
		List<Object> args = new ArrayList<>();
		for (ContactStage stage : ContactStage.values()) {
			args.add(missingContacts.contains(stage)
					? new DefaultMessageSourceResolvable(new String[] { "suggestions.missing.contact." + stage }, null, "")
					: "");
		}
		args.add(awaitedViews.isEmpty() ? ""
				: new DefaultMessageSourceResolvable(new String[] { "suggestions.missing.views" },
						new Object[] { String.join("、", awaitedViews.stream().map(u -> unitName.apply(u.value())).toList()) },
						""));
		return new SuggestionException("suggestions.error.notReadyToAnswer", args.toArray());
	}
}
