package org.lvzhi.suggestions.picking;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.lvzhi.directory.Classification;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipStatus;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.directory.PersonView;
import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.PickedText;
import org.springframework.stereotype.Component;

/**
 * Turns what staff typed or picked into units and persons, and offers the choices a picker shows.
 * A picked unit is written as its name, a picked person as {@code 姓名 #编号} (names repeat among
 * 3,000 deputies); a bare name is accepted when exactly one record bears it, so the fields work
 * without JavaScript too. Anything else is refused with a message naming the text.
 */
@Component
public class Picks {

	/** What a picker looks for. */
	public enum Kind {
		/** Handling units and other bodies. */
		UNIT,
		/** Special committees (for bills). */
		COMMITTEE,
		/** Deputies (co-signers). */
		DEPUTY,
		/** Anyone in the directory (a supervising leader). */
		PERSON;

		public String path() {
			return name().toLowerCase();
		}
	}

	/** One choice: what goes into the field, and what the list shows. */
	public record Choice(String value, String label) {
	}

	static final int LIMIT = 8;

	private final Directory directory;

	Picks(Directory directory) {
		this.directory = directory;
	}

	/** The choices for the text typed so far (the last entry of a list). */
	public List<Choice> choices(Kind kind, String typed) {
		String term = PickedText.typing(typed);
		if (term.isEmpty()) {
			return List.of();
		}
		return switch (kind) {
			case UNIT, COMMITTEE -> directory.findOrganizations(
					new OrganizationQuery(term, kind == Kind.COMMITTEE ? Classification.SPECIAL_COMMITTEE : null, null, null), 1,
					LIMIT).items().stream().map(o -> new Choice(o.name(), o.name())).toList();
			case DEPUTY, PERSON -> directory.findPersons(new PersonQuery(term,
					kind == Kind.DEPUTY ? DeputyLevel.MUNICIPAL : null, null, null, null, MembershipStatus.ALL), 1, LIMIT)
				.items().stream().map(p -> new Choice(personValue(p.id(), p.name()), label(p))).toList();
		};
	}

	/** The field's value once a choice is taken: the choice replaces the entry being typed. */
	public static String withChoice(String typed, String chosen, boolean multiple) {
		return PickedText.withChoice(typed, chosen, multiple);
	}

	/** A single unit, or {@code null} when the field is blank. */
	public OrganizationId unit(String text) {
		List<OrganizationId> units = units(text);
		if (units.size() > 1) {
			throw new PickException("picker.error.oneOnly", text.strip());
		}
		return units.isEmpty() ? null : units.get(0);
	}

	/** Units listed by name (or {@code #编号}), separated by 、 or commas; each once. */
	public List<OrganizationId> units(String text) {
		LinkedHashSet<OrganizationId> result = new LinkedHashSet<>();
		for (String entry : PickedText.entries(text)) {
			result.add(resolveUnit(entry));
		}
		return List.copyOf(result);
	}

	public PersonId person(String text) {
		List<PersonId> persons = persons(text);
		if (persons.size() > 1) {
			throw new PickException("picker.error.oneOnly", text.strip());
		}
		return persons.isEmpty() ? null : persons.get(0);
	}

	/** Persons listed as {@code 姓名 #编号}, a bare unique name or a bare number. */
	public List<PersonId> persons(String text) {
		LinkedHashSet<PersonId> result = new LinkedHashSet<>();
		for (String entry : PickedText.entries(text)) {
			result.add(resolvePerson(entry));
		}
		return List.copyOf(result);
	}

	/** How a person already chosen is shown back in the field. */
	public String personValue(PersonId id) {
		return directory.person(id).map(p -> personValue(id, p.name())).orElse("#" + id.value());
	}

	/** How a unit already chosen is shown back in the field. */
	public String unitValue(OrganizationId id) {
		return directory.organization(id).map(OrganizationView::name).orElse("#" + id.value());
	}

	private OrganizationId resolveUnit(String entry) {
		Long id = PickedText.number(entry);
		if (id != null) {
			return directory.organization(new OrganizationId(id)).map(OrganizationView::id)
				.orElseThrow(() -> new PickException("picker.error.unknownUnit", entry));
		}
		Optional<OrganizationView> named = directory.organizationNamed(entry);
		if (named.isPresent()) {
			return named.get().id();
		}
		List<OrganizationView> like = directory.findOrganizations(new OrganizationQuery(entry, null, null, null), 1, 3)
			.items();
		if (like.size() == 1) {
			return like.get(0).id();
		}
		throw like.isEmpty() ? new PickException("picker.error.unknownUnit", entry)
				: new PickException("picker.error.ambiguousUnit", entry,
						String.join("、", like.stream().map(OrganizationView::name).toList()));
	}

	private PersonId resolvePerson(String entry) {
		Long id = PickedText.number(entry);
		if (id != null) {
			PersonId pid = new PersonId(id);
			PersonView p = directory.person(pid).orElseThrow(() -> new PickException("picker.error.unknownPerson", entry));
			String written = PickedText.nameBeforeNumber(entry);
			if (written != null && !written.equals(p.name())) {
				throw new PickException("picker.error.nameMismatch", entry, p.name());
			}
			return pid;
		}
		List<PersonListItem> same = directory.findPersons(new PersonQuery(entry, null, null, null, null, null), 1, 20)
			.items().stream().filter(p -> p.name().equals(entry)).toList();
		if (same.size() == 1) {
			return same.get(0).id();
		}
		throw same.isEmpty() ? new PickException("picker.error.unknownPerson", entry)
				: new PickException("picker.error.ambiguousPerson", entry,
						String.join("、", same.stream().limit(5).map(this::label).toList()));
	}




	private static String personValue(PersonId id, String name) {
		return name + " #" + id.value();
	}

	private String label(PersonListItem p) {
		String bodies = p.currentBodies() == null || p.currentBodies().isEmpty() ? ""
				: "（" + String.join("、", p.currentBodies().stream().limit(2).toList()) + "）";
		return personValue(p.id(), p.name()) + bodies;
	}

	/** A typed entry that names no record, or more than one. */
	public static class PickException extends DomainException {

		PickException(String messageKey, Object... args) {
			super(messageKey, args);
		}
	}
}
