package org.lvzhi.liaison;

import java.util.List;

import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PickSource;
import org.lvzhi.directory.Picker;
import org.lvzhi.platform.PickedText;
import org.springframework.stereotype.Component;

/**
 * The office's picker fields in liaison words: the directory's picker resolves the deputies, and
 * stations, which the directory does not hold, are offered to it and resolved here. Stations are
 * picked by their (unique) name; anything else is refused with a message naming the text.
 */
@Component
class LiaisonPicks implements PickSource {

	private static final Picker.Refusal LIAISON_WORDS = (reason, args) -> new LiaisonException("liaison.error." + reason,
			args);

	private final Picker picker;
	private final Stations stations;

	LiaisonPicks(Picker picker, Stations stations) {
		this.picker = picker;
		this.stations = stations;
	}

	@Override
	public String kind() {
		return "station";
	}

	@Override
	public List<Choice> choices(String term, int limit) {
		return stations.find(new StationQuery(term, null, null, null, null), 1, limit).items().stream()
			.map(s -> new Choice(s.name(), s.name() + "（" + s.district() + "）")).toList();
	}

	/** Persons listed as {@code 姓名 #编号}, a bare unique name or a bare number; each once. */
	List<PersonId> persons(String text) {
		return picker.persons(text, LIAISON_WORDS);
	}

	/** How chosen persons are shown back in the field. */
	String personsValue(List<PersonId> ids) {
		return picker.personsValue(ids);
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
}
