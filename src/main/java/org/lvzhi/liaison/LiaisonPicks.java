package org.lvzhi.liaison;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.directory.PersonView;
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
	private static final Pattern WITH_ID = Pattern.compile("^(.*?)\\s*[#＃](\\d{1,18})$");
	private static final Pattern SEPARATORS = Pattern.compile("[、,，;；\\n]+");

	private final Directory directory;
	private final Stations stations;

	LiaisonPicks(Directory directory, Stations stations) {
		this.directory = directory;
		this.stations = stations;
	}

	List<Choice> choices(Kind kind, String typed) {
		String term = last(typed);
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
		if (!multiple) {
			return chosen;
		}
		List<String> entries = new ArrayList<>(entries(typed));
		String t = typed == null ? "" : typed.strip();
		if (!entries.isEmpty() && !(t.endsWith("、") || t.endsWith(",") || t.endsWith("，"))) {
			entries.remove(entries.size() - 1);
		}
		entries.remove(chosen);
		entries.add(chosen);
		return String.join("、", entries) + "、";
	}

	/** Persons listed as {@code 姓名 #编号}, a bare unique name or a bare number; each once. */
	List<PersonId> persons(String text) {
		LinkedHashSet<PersonId> result = new LinkedHashSet<>();
		for (String entry : entries(text)) {
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
		Long id = id(entry);
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
		Long id = id(entry);
		if (id != null) {
			PersonView p = directory.person(new PersonId(id))
				.orElseThrow(() -> new LiaisonException("liaison.error.unknownPerson", entry));
			Matcher m = WITH_ID.matcher(entry);
			if (m.matches() && !m.group(1).isBlank() && !m.group(1).strip().equals(p.name())) {
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

	private static Long id(String entry) {
		Matcher m = WITH_ID.matcher(entry);
		String digits = m.matches() ? m.group(2) : entry.matches("\\d{1,18}") ? entry : null;
		return digits == null ? null : Long.valueOf(digits);
	}

	private static List<String> entries(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(SEPARATORS.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private static String last(String typed) {
		if (typed == null || typed.isBlank()
				|| SEPARATORS.matcher(typed.strip().substring(typed.strip().length() - 1)).matches()) {
			return "";
		}
		List<String> entries = entries(typed);
		String term = entries.isEmpty() ? "" : entries.get(entries.size() - 1);
		Matcher m = WITH_ID.matcher(term);
		return (m.matches() ? m.group(1) : term).strip();
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
