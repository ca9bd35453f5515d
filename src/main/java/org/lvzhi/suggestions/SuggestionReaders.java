package org.lvzhi.suggestions;

import java.util.LinkedHashSet;
import java.util.Set;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.springframework.security.core.Authentication;

/**
 * The search index's reader keys of a signed-in user, by the same rules as
 * {@link SuggestionAccess#canOpen}: the commission reads every submitted suggestion, a unit what is
 * assigned to it, a deputy her own and those she co-signed. Other staff find only what the public
 * finds, so that a search never lists a suggestion its reader cannot open.
 */
public final class SuggestionReaders {

	public static final String PUBLIC = "public";

	private SuggestionReaders() {
	}

	public static Set<String> of(Authentication user, SuggestionAccess access) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(PUBLIC);
		if (user == null) {
			return keys;
		}
		if (access.isOffice(user)) {
			keys.add("staff");
		}
		if (access.isUnit(user)) {
			OrganizationId unit = SuggestionAccess.unit(user);
			keys.add("org:" + unit.value());
		}
		if (access.isDeputy(user)) {
			PersonId person = SuggestionAccess.person(user);
			keys.add("person:" + person.value());
		}
		return keys;
	}
}
