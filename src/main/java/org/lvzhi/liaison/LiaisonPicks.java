package org.lvzhi.liaison;

import java.util.LinkedHashSet;
import java.util.List;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.directory.PersonView;
import org.lvzhi.platform.PickedText;
import org.springframework.stereotype.Component;

/**
 * Turns what the office typed or picked into deputies and stations, and offers a picker's choices.
 * A picked person is written as {@code 姓名 #编号} because names repeat among thousands of deputies;
 * a bare name is accepted when exactly one record bears it, so the fields also work without
 * JavaScript. Stations are picked by their (unique) name. Anything else is refused with a message
 * naming the text.
 */
@Component
class LiaisonPicks {

	/** What a picker looks for. */
	enum Kind {
		PERSON, STATION
	}

	/** One choice: what goes into the field, and what the list shows. */
	record Choice(String value, String label) {
	}

	static final int LIMIT = 8;

	private final Directory directory;
	private final Stations stations;

	LiaisonPicks(Directory directory, Stations stations) {
		this.directory = directory;
		this.stations = stations;
	}

	List<Choice> choices(Kind kind, String typed) {
		String term = PickedText.typing(typed);
		if (term.isEmpty()) {
			return List.of();
		}
		return switch (kind) {
			case PERSON -> directory.findPersons(new PersonQuery(term, null, null, null, null, null), 1, LIMIT).items()
				.stream().map(p -> new Choice(value(p.id(), p.name()), label(p))).toList();
			case STATION -> stations.find(new StationQuery(term, null, null, null, null), 1, LIMIT).items().stream()
				.map(s -> new Choice(s.name(), s.name() + "（" + s.district() + "）")).toList();
		};
	}

	/** The field's value once a choice is taken: the choice replaces the entry being typed. */
	static String withChoice(String typed, String chosen, boolean multiple) {
		return PickedText.withChoice(typed, chosen, multiple);
	}

	/** Persons listed as {@code 姓名 #编号}, a bare unique name or a bare number; each once. */
	List<PersonId> persons(String text) {
		LinkedHashSet<PersonId> result = new LinkedHashSet<>();
		for (String entry : PickedText.entries(text)) {
			result.add(person(entry));
		}
		return List.copyOf(result);
	}

	/** How chosen persons are shown back in the field. */
	String personsValue(List<PersonId> ids) {
		return String.join("、", ids.stream()
			.map(id -> directory.person(id).map(p -> value(id, p.name())).orElse("#" + id.value())).toList());
	}

	/** One station by its name (or {@code #编号}). */
	StationId station(String text) {
		String entry = text == null ? "" : text.strip();
		if (entry.isEmpty()) {
			throw new LiaisonException("liaison.error.stationRequired");
		}
		Long id = PickedText.number(entry);
		if (id != null) {
			return stations.get(new StationId(id)).map(Station::id)
				.orElseThrow(() -> new LiaisonException("liaison.error.unknownStation", entry));
		}
		List<Station> like = stations.find(new StationQuery(entry, null, null, null, null), 1, 20).items();
		List<Station> same = like.stream().filter(s -> s.name().equals(entry)).toList();
		if (same.size() == 1) {
			return same.get(0).id();
		}
		if (same.isEmpty() && like.size() == 1) {
			return like.get(0).id();
		}
		throw like.isEmpty() ? new LiaisonException("liaison.error.unknownStation", entry)
				: new LiaisonException("liaison.error.ambiguousStation", entry,
						String.join("、", like.stream().limit(5).map(Station::name).toList()));
	}

	private PersonId person(String entry) {
		Long id = PickedText.number(entry);
		if (id != null) {
			PersonView p = directory.person(new PersonId(id))
				.orElseThrow(() -> new LiaisonException("liaison.error.unknownPerson", entry));
			String written = PickedText.nameBeforeNumber(entry);
			if (written != null && !written.equals(p.name())) {
				throw new LiaisonException("liaison.error.nameMismatch", entry, p.name());
			}
			return new PersonId(id);
		}
		List<PersonListItem> same = directory.findPersons(new PersonQuery(entry, null, null, null, null, null), 1, 20)
			.items().stream().filter(p -> p.name().equals(entry)).toList();
		if (same.size() == 1) {
			return same.get(0).id();
		}
		throw same.isEmpty() ? new LiaisonException("liaison.error.unknownPerson", entry)
				: new LiaisonException("liaison.error.ambiguousPerson", entry,
						String.join("、", same.stream().limit(5).map(this::label).toList()));
	}




	private static String value(PersonId id, String name) {
		return name + " #" + id.value();
	}

	private String label(PersonListItem p) {
		String bodies = p.currentBodies() == null || p.currentBodies().isEmpty() ? ""
				: "（" + String.join("、", p.currentBodies().stream().limit(2).toList()) + "）";
		return value(p.id(), p.name()) + bodies;
	}
}
