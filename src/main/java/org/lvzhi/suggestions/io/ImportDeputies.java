package org.lvzhi.suggestions.io;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.IdCardNumber;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.MembershipStatus;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.directory.PersonView;

/**
 * Finds the deputies an imported row names, by ID card number or by name. A name is only taken
 * when exactly one deputy bears it: offices write names, and two deputies of one name must be
 * told apart by ID number rather than guessed. One instance per import, so each key is looked up once.
 */
final class ImportDeputies {

	/** A deputy found, or the message key (and argument) saying why not. */
	record Found(PersonId person, String problemKey, Object arg) {

		static Found of(PersonId person) {
			return new Found(person, null, null);
		}

		static Found problem(String key, Object arg) {
			return new Found(null, key, arg);
		}

		boolean ok() {
			return person != null;
		}
	}

	private static final int NAME_LIMIT = 200;

	private final Directory directory;
	private final Map<String, Found> byKey = new HashMap<>();
	private final Map<Long, Boolean> deputies = new HashMap<>();

	ImportDeputies(Directory directory) {
		this.directory = directory;
	}

	/** A name or an 18-character ID card number. */
	Found find(String key) {
		return byKey.computeIfAbsent(key, k -> looksLikeIdNumber(k) ? byIdNumber(k) : byName(k));
	}

	/** The deputy with this ID number, who must bear the given name when one is given. */
	Found find(String name, String idNumber) {
		Found found = find(idNumber);
		if (found.ok() && name != null && !looksLikeIdNumber(name)) {
			String actual = directory.person(found.person()).map(PersonView::name).orElse("");
			if (!actual.equals(name)) {
				return Found.problem("suggestions.io.error.nameMismatch", actual);
			}
		}
		return found;
	}

	/** ID numbers are written with a small or a capital X; names stay as written. */
	static String normalize(String key) {
		return looksLikeIdNumber(key) ? key.toUpperCase(java.util.Locale.ROOT) : key;
	}

	static boolean looksLikeIdNumber(String key) {
		return key.length() == 18 && key.substring(0, 17).chars().allMatch(Character::isDigit);
	}

	private Found byIdNumber(String number) {
		if (!IdCardNumber.isValid(number)) {
			return Found.problem("suggestions.io.error.badIdNumber", IdCardNumber.masked(number));
		}
		Optional<PersonView> person = directory.personByIdNumber(number);
		if (person.isEmpty()) {
			return Found.problem("suggestions.io.error.unknownIdNumber", IdCardNumber.masked(number));
		}
		if (!isDeputy(person.get().id())) {
			return Found.problem("suggestions.io.error.notDeputy", person.get().name());
		}
		return Found.of(person.get().id());
	}

	private Found byName(String name) {
		List<PersonListItem> deputiesNamed = named(name, MembershipRole.DEPUTY);
		if (deputiesNamed.size() == 1) {
			return Found.of(deputiesNamed.get(0).id());
		}
		if (deputiesNamed.size() > 1) {
			return Found.problem("suggestions.io.error.ambiguous", name);
		}
		return named(name, null).isEmpty() ? Found.problem("suggestions.io.error.unknownDeputy", name)
				: Found.problem("suggestions.io.error.notDeputy", name);
	}

	private List<PersonListItem> named(String name, MembershipRole role) {
		return directory.findPersons(new PersonQuery(name, null, null, role, null, MembershipStatus.ALL), 1, NAME_LIMIT)
			.items().stream().filter(p -> p.name().equals(name)).toList();
	}

	private boolean isDeputy(PersonId person) {
		return deputies.computeIfAbsent(person.value(), k -> directory.membershipsOf(person).stream()
			.anyMatch(m -> m.role() == MembershipRole.DEPUTY));
	}
}
