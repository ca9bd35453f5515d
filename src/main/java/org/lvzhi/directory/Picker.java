package org.lvzhi.directory;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.PickedText;
import org.springframework.stereotype.Component;

/**
 * Turns what was typed or picked in a picker field (templates/picker.html) into the directory's
 * bodies and persons, for every module's forms. A picked body is written as its name, a picked
 * person as {@code 姓名 #编号} because names repeat among thousands of deputies; a bare name is
 * accepted when exactly one record bears it, so that the fields work without JavaScript too.
 * Anything else is refused with a message naming the text, worded by the caller's {@link Refusal}
 * (by default the {@code picker.error.*} messages).
 */
@Component
public class Picker {

	/** How a module words a refusal: {@code reason} is {@code unknownPerson}, {@code ambiguousUnit}, … */
	@FunctionalInterface
	public interface Refusal {

		DomainException refuse(String reason, Object... args);
	}

	/** The directory's own words, {@code picker.error.<reason>}. */
	public static final Refusal PICKER_WORDS = (reason, args) -> new PickException("picker.error." + reason, args);

	private static final int LOOKED_AT = 20;

	private final Directory directory;

	Picker(Directory directory) {
		this.directory = directory;
	}

	/** A single body, or {@code null} when the field is blank. */
	public OrganizationId unit(String text) {
		List<OrganizationId> units = units(text);
		if (units.size() > 1) {
			throw PICKER_WORDS.refuse("oneOnly", text.strip());
		}
		return units.isEmpty() ? null : units.get(0);
	}

	/** Bodies listed by name (or {@code #编号}), separated by 、 or commas; each once. */
	public List<OrganizationId> units(String text) {
		LinkedHashSet<OrganizationId> result = new LinkedHashSet<>();
		for (String entry : PickedText.entries(text)) {
			result.add(unitOf(entry));
		}
		return List.copyOf(result);
	}

	/** A single person, or {@code null} when the field is blank. */
	public PersonId person(String text) {
		List<PersonId> persons = persons(text);
		if (persons.size() > 1) {
			throw PICKER_WORDS.refuse("oneOnly", text.strip());
		}
		return persons.isEmpty() ? null : persons.get(0);
	}

	/** Persons listed as {@code 姓名 #编号}, a bare unique name or a bare number; each once. */
	public List<PersonId> persons(String text) {
		return persons(text, PICKER_WORDS);
	}

	/** The same, refused in the caller's words. */
	public List<PersonId> persons(String text, Refusal refusal) {
		LinkedHashSet<PersonId> result = new LinkedHashSet<>();
		for (String entry : PickedText.entries(text)) {
			result.add(personOf(entry, refusal));
		}
		return List.copyOf(result);
	}

	/** How a person already chosen is shown back in the field. */
	public String personValue(PersonId id) {
		return directory.person(id).map(p -> PickedText.person(p.name(), id.value())).orElse("#" + id.value());
	}

	/** How persons already chosen are shown back in a field that takes several. */
	public String personsValue(Collection<PersonId> ids) {
		return String.join("、", ids.stream().map(this::personValue).toList());
	}

	/** How a body already chosen is shown back in the field. */
	public String unitValue(OrganizationId id) {
		return directory.organization(id).map(OrganizationView::name).orElse("#" + id.value());
	}

	/** The person whose name is exactly the one typed, when only one has it. */
	public Optional<PersonId> onlyPersonNamed(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		String clean = name.strip();
		return only(directory.findPersons(new PersonQuery(clean, null, null, null, null, null), 1, LOOKED_AT).items()
			.stream().filter(p -> p.name().equals(clean)).map(PersonListItem::id).toList());
	}

	/** The body whose name is exactly the one typed, when only one has it. */
	public Optional<OrganizationId> onlyBodyNamed(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		String clean = name.strip();
		return only(directory.findOrganizations(new OrganizationQuery(clean, null, null, null), 1, LOOKED_AT).items()
			.stream().filter(o -> o.name().equals(clean)).map(OrganizationView::id).toList());
	}

	/** How a person is listed among choices and in refusals: {@code 姓名 #编号（机构、机构）}. */
	public static String label(PersonListItem p) {
		String bodies = p.currentBodies() == null || p.currentBodies().isEmpty() ? ""
				: "（" + String.join("、", p.currentBodies().stream().limit(2).toList()) + "）";
		return PickedText.person(p.name(), p.id().value()) + bodies;
	}

	private OrganizationId unitOf(String entry) {
		Long id = PickedText.number(entry);
		if (id != null) {
			return directory.organization(new OrganizationId(id)).map(OrganizationView::id)
				.orElseThrow(() -> PICKER_WORDS.refuse("unknownUnit", entry));
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
		throw like.isEmpty() ? PICKER_WORDS.refuse("unknownUnit", entry) : PICKER_WORDS.refuse("ambiguousUnit", entry,
				String.join("、", like.stream().map(OrganizationView::name).toList()));
	}

	private PersonId personOf(String entry, Refusal refusal) {
		Long id = PickedText.number(entry);
		if (id != null) {
			PersonId pid = new PersonId(id);
			PersonView p = directory.person(pid).orElseThrow(() -> refusal.refuse("unknownPerson", entry));
			String written = PickedText.nameBeforeNumber(entry);
			if (written != null && !written.equals(p.name())) {
				throw refusal.refuse("nameMismatch", entry, p.name());
			}
			return pid;
		}
		List<PersonListItem> same = directory.findPersons(new PersonQuery(entry, null, null, null, null, null), 1, LOOKED_AT)
			.items().stream().filter(p -> p.name().equals(entry)).toList();
		if (same.size() == 1) {
			return same.get(0).id();
		}
		throw same.isEmpty() ? refusal.refuse("unknownPerson", entry) : refusal.refuse("ambiguousPerson", entry,
				String.join("、", same.stream().limit(5).map(Picker::label).toList()));
	}

	private static <T> Optional<T> only(List<T> found) {
		return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
	}

	/** A typed entry that names no record, or more than one. */
	public static class PickException extends DomainException {

		PickException(String messageKey, Object... args) {
			super(messageKey, args);
		}
	}
}
