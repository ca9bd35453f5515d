package org.lvzhi.suggestions;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with suggestions, for {@code @PreAuthorize} expressions and pages. The
 * deputies' affairs commission runs the workflow; a deputy sees her own suggestions (drafts only
 * as lead deputy) and those she co-signed; a unit sees only what is assigned to it.
 *
 * <p>A committee member is a deputy too (the congress elects its standing committee from among its
 * deputies), so a member's account acts as the deputy it belongs to: it opens, rates and follows
 * the suggestions its person leads or co-signed.
 */
@Component("suggestionAccess")
public class SuggestionAccess {

	public static final String DEPUTY_AFFAIRS = "DEPUTY_AFFAIRS";

	public boolean isOffice(Authentication user) {
		return Roles.has(user, Roles.ADMIN) || (Roles.has(user, Roles.STAFF) && Roles.inOffice(user, DEPUTY_AFFAIRS));
	}

	public boolean isDeputy(Authentication user) {
		return (Roles.has(user, Roles.DEPUTY) || Roles.has(user, Roles.MEMBER)) && person(user) != null;
	}

	public boolean isUnit(Authentication user) {
		return Roles.has(user, Roles.UNIT) && unit(user) != null;
	}

	public static PersonId person(Authentication user) {
		SignedInUser u = SignedInUser.of(user);
		return u == null || u.personId() == null ? null : new PersonId(u.personId());
	}

	public static OrganizationId unit(Authentication user) {
		SignedInUser u = SignedInUser.of(user);
		return u == null || u.organizationId() == null ? null : new OrganizationId(u.organizationId());
	}

	public boolean canOpen(Authentication user, Suggestion s) {
		return canOpen(user, Scope.of(s));
	}

	/** The one rule behind the page, the search index's readers ({@link SuggestionReaders}) and the links ({@link SuggestionLinks}). */
	public boolean canOpen(Authentication user, Scope s) {
		if (isOffice(user)) {
			return s.state() != SuggestionState.DRAFT;
		}
		PersonId person = person(user);
		if (isDeputy(user)) {
			return s.leadDeputy() == person.value()
					|| (s.state() != SuggestionState.DRAFT && s.coSigners().contains(person.value()));
		}
		OrganizationId unit = unit(user);
		return isUnit(user) && s.units().contains(unit.value());
	}

	/** The lead deputy: she alone rates the answer, edits the draft, submits and withdraws. */
	public boolean isLeadDeputy(Authentication user, Suggestion s) {
		return isDeputy(user) && s.leadDeputy().equals(person(user));
	}

	/** A co-signer: she reads the suggestion and its answers and may add her view to the rating. */
	public boolean isCoSigner(Authentication user, Suggestion s) {
		return isDeputy(user) && s.state() != SuggestionState.DRAFT && s.coSigners().contains(person(user));
	}

	/**
	 * What decides who may open a suggestion.
	 *
	 * @param coSigners the co-signers' person IDs (or only those of the reader, when read for her)
	 * @param units the organizations with a standing assignment (or only the reader's)
	 */
	public record Scope(SuggestionState state, long leadDeputy, java.util.Set<Long> coSigners, java.util.Set<Long> units) {

		static Scope of(Suggestion s) {
			return new Scope(s.state(), s.leadDeputy().value(),
					s.coSigners().stream().map(PersonId::value).collect(java.util.stream.Collectors.toSet()),
					s.standingAssignments().stream().map(Assignment::organizationId).collect(java.util.stream.Collectors.toSet()));
		}
	}
}
