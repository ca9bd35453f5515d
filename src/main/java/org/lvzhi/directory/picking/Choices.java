package org.lvzhi.directory.picking;

import java.util.List;

import org.lvzhi.directory.Classification;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.directory.PickSource;
import org.lvzhi.directory.PickSource.Choice;
import org.lvzhi.directory.Picker;
import org.lvzhi.platform.PickedText;
import org.springframework.stereotype.Component;

/** The choices a picker shows for what was typed so far, by kind. */
@Component
class Choices {

	/** Choices of a field that holds names; the list stays short enough to read without scrolling. */
	static final int LIMIT = 8;
	/** Choices of a field that holds a number: the label is all the office sees, so a few more. */
	static final int BY_NUMBER_LIMIT = 10;

	private final Directory directory;
	private final List<PickSource> sources;

	Choices(Directory directory, List<PickSource> sources) {
		this.directory = directory;
		this.sources = sources;
	}

	/** The choices for the text typed so far (for a list, its last entry). */
	List<Choice> of(Kind kind, String typed) {
		String term = kind.byNumber() ? typed == null || typed.isBlank() ? "" : typed : PickedText.typing(typed);
		if (term.isEmpty()) {
			return List.of();
		}
		return switch (kind) {
			case UNIT -> bodies(term, null);
			case COMMITTEE -> bodies(term, Classification.SPECIAL_COMMITTEE);
			case DEPUTY -> persons(term, DeputyLevel.MUNICIPAL);
			case PERSON -> persons(term, null);
			case STATION -> source("station").choices(term, LIMIT);
			case PERSON_BY_NUMBER -> directory.findPersons(new PersonQuery(term, null, null, null, null, null), 1,
					BY_NUMBER_LIMIT).items().stream().map(Choices::byNumber).toList();
			case BODY_BY_NUMBER -> directory.findOrganizations(new OrganizationQuery(term, null, null, null), 1,
					BY_NUMBER_LIMIT).items().stream().map(o -> new Choice(String.valueOf(o.id().value()), o.name())).toList();
		};
	}

	private List<Choice> bodies(String term, Classification classification) {
		return directory.findOrganizations(new OrganizationQuery(term, classification, null, null), 1, LIMIT).items()
			.stream().map(o -> new Choice(o.name(), o.name())).toList();
	}

	private List<Choice> persons(String term, DeputyLevel level) {
		return directory.findPersons(new PersonQuery(term, level, null, null, null, null), 1, LIMIT).items().stream()
			.map(p -> new Choice(PickedText.person(p.name(), p.id().value()), Picker.label(p))).toList();
	}

	private static Choice byNumber(PersonListItem p) {
		return new Choice(String.valueOf(p.id().value()),
				p.currentBodies().isEmpty() ? p.name() : p.name() + "（" + p.currentBodies().get(0) + "）");
	}

	private PickSource source(String kind) {
		return sources.stream().filter(s -> s.kind().equals(kind)).findFirst()
			.orElseThrow(() -> new IllegalStateException("No picker source for " + kind));
	}
}
