package org.lvzhi.suggestions.handling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.Picker;
import org.lvzhi.platform.DomainException;
import org.lvzhi.platform.Page;
import org.lvzhi.suggestions.AssignSuggestion;
import org.lvzhi.suggestions.AssignmentPlan;
import org.lvzhi.suggestions.Names;
import org.lvzhi.suggestions.Suggestion;
import org.lvzhi.suggestions.SuggestionException;
import org.lvzhi.suggestions.SuggestionId;
import org.lvzhi.suggestions.SuggestionListItem;
import org.lvzhi.suggestions.SuggestionQuery;
import org.lvzhi.suggestions.SuggestionState;
import org.lvzhi.suggestions.Suggestions;
import org.lvzhi.suggestions.search.RoutingHints;
import org.springframework.stereotype.Component;

/**
 * The rows of the assignment meeting page, and the check of a posted table before anything is
 * saved, so that every refused line is shown at once with its reason.
 */
@Component
class MeetingTable {

	static final int PAGE_SIZE = 100;

	private final Suggestions suggestions;
	private final RoutingHints hints;
	private final Directory directory;
	private final Names names;
	private final Picker picks;

	MeetingTable(Suggestions suggestions, RoutingHints hints, Directory directory, Names names, Picker picks) {
		this.picks = picks;
		this.suggestions = suggestions;
		this.hints = hints;
		this.directory = directory;
		this.names = names;
	}

	/** Accepted suggestions awaiting assignment, oldest first as listed, each with the hint's unit picked. */
	Page<MeetingRow> awaiting(int page) {
		SuggestionQuery query = new SuggestionQuery(SuggestionState.ACCEPTED, null, null, null, null, null, null, null);
		Page<SuggestionListItem> items = suggestions.find(query, page, PAGE_SIZE);
		Names.Lookup lookup = names.lookup();
		List<MeetingRow> rows = new ArrayList<>();
		for (SuggestionListItem item : items.items()) {
			suggestions.get(new SuggestionId(item.id())).ifPresent(s -> rows.add(row(s, lookup)));
		}
		return new Page<>(rows, items.number(), items.size(), items.total(), items.totalIsLowerBound());
	}

	/** The posted lines as rows again, with what was picked, for showing refusals. */
	List<MeetingRow> rows(List<Checked> checked) {
		Names.Lookup lookup = names.lookup();
		List<MeetingRow> rows = new ArrayList<>();
		for (Checked c : checked) {
			c.suggestion().ifPresent(s -> {
				MeetingRow row = row(s, lookup).withChoice(c.line().leadId(), c.line().coHandling());
				rows.add(c.errorKey() == null ? row : row.refused(c.errorKey(), c.errorArgs()));
			});
		}
		return rows;
	}

	/** A posted line checked against the database and the directory. */
	record Checked(MeetingForm.Line line, Optional<Suggestion> suggestion, AssignSuggestion.Line assignment,
			String errorKey, Object[] errorArgs) {
	}

	Checked check(MeetingForm.Line line) {
		Optional<Suggestion> found = Optional.ofNullable(line.suggestionId())
			.flatMap(id -> suggestions.get(new SuggestionId(id)));
		if (!line.chosen()) {
			return new Checked(line, found, null, null, null);
		}
		if (found.isEmpty() || found.get().state() != SuggestionState.ACCEPTED) {
			return new Checked(line, found, null, "suggestions.meeting.error.notAwaiting", new Object[0]);
		}
		Suggestion s = found.get();
		if (line.versionNumber() == null || line.versionNumber() != s.version()) {
			return new Checked(line, found, null, "error.concurrentEdit", new Object[0]);
		}
		try {
			if (line.leadId() == null) {
				throw new SuggestionException("suggestions.error.plan");
			}
			AssignmentPlan plan = AssignmentPlan.lead(new OrganizationId(line.leadId()),
					picks.units(line.coHandling()).toArray(OrganizationId[]::new));
			for (OrganizationId unit : plan.units()) {
				if (directory.organization(unit).isEmpty()) {
					throw new SuggestionException("suggestions.error.unknownUnit", unit.value());
				}
			}
			return new Checked(line, found, new AssignSuggestion.Line(s.id(), s.version(), plan), null, null);
		}
		catch (DomainException e) {
			return new Checked(line, found, null, e.messageKey(), e.args());
		}
	}

	private MeetingRow row(Suggestion s, Names.Lookup lookup) {
		List<RoutingHints.UnitHint> hinted = hints.forSuggestion(s);
		Long lead = hinted.isEmpty() ? null : hinted.get(0).id();
		return new MeetingRow(s.id().value(), s.version(), s.number(), s.title(), s.category(),
				lookup.person(s.leadDeputy().value()), hinted, lead, "", null, null);
	}
}
