package org.lvzhi.directory.roster;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lvzhi.directory.Classification;
import org.lvzhi.directory.RosterError;
import org.lvzhi.directory.RosterRow;
import org.lvzhi.directory.organizations.OrganizationRepository;
import org.lvzhi.directory.organizations.OrganizationRow;
import org.springframework.stereotype.Component;

/**
 * Finds the congress, delegation and deputy group each roster row names. A row may leave out the
 * congress when its level and term name exactly one, or when its delegation or group lies under one.
 */
@Component
public class RosterResolver {

	/** A row with the bodies it names. */
	public record Resolved(int number, RosterRow row, OrganizationRow congress, OrganizationRow delegation,
			OrganizationRow group) {
	}

	private final OrganizationRepository organizations;

	RosterResolver(OrganizationRepository organizations) {
		this.organizations = organizations;
	}

	public List<Resolved> resolve(List<RosterParser.Numbered> rows, List<RosterError> errors) {
		Map<Long, OrganizationRow> byId = organizations.findAll().stream()
			.collect(Collectors.toMap(OrganizationRow::id, Function.identity()));
		Map<String, OrganizationRow> byName = byId.values().stream()
			.collect(Collectors.toMap(OrganizationRow::name, Function.identity()));
		Bodies bodies = new Bodies(byId, byName);
		return rows.stream().map(r -> resolve(r, bodies, errors)).flatMap(Optional::stream).toList();
	}

	private Optional<Resolved> resolve(RosterParser.Numbered numbered, Bodies bodies, List<RosterError> errors) {
		RosterRow row = numbered.row();
		int n = numbered.number();
		OrganizationRow delegation = named(row.delegation(), Classification.DELEGATION, bodies);
		if (row.delegation() != null && delegation == null) {
			errors.add(new RosterError(n, RosterColumns.DELEGATION, "directory.import.error.unknownDelegation",
					row.delegation()));
		}
		OrganizationRow group = named(row.group(), Classification.DEPUTY_GROUP, bodies);
		if (row.group() != null && group == null) {
			errors.add(new RosterError(n, RosterColumns.GROUP, "directory.import.error.unknownGroup", row.group()));
		}
		OrganizationRow congress = congress(numbered, delegation, group, bodies, errors);
		if (congress == null) {
			return Optional.empty();
		}
		boolean ok = true;
		if (delegation != null && !bodies.under(delegation, congress)) {
			errors.add(new RosterError(n, RosterColumns.DELEGATION, "directory.import.error.delegationElsewhere",
					delegation.name(), congress.name()));
			ok = false;
		}
		if (group != null && !bodies.under(group, congress)) {
			errors.add(new RosterError(n, RosterColumns.GROUP, "directory.import.error.groupElsewhere", group.name(),
					congress.name()));
			ok = false;
		}
		if (!ok || (row.delegation() != null && delegation == null) || (row.group() != null && group == null)) {
			return Optional.empty();
		}
		return Optional.of(new Resolved(n, row, congress, delegation, group));
	}

	private OrganizationRow congress(RosterParser.Numbered numbered, OrganizationRow delegation, OrganizationRow group,
			Bodies bodies, List<RosterError> errors) {
		RosterRow row = numbered.row();
		int n = numbered.number();
		String levelName = row.level().chinese();
		if (row.congress() != null) {
			OrganizationRow named = named(row.congress(), Classification.CONGRESS, bodies);
			if (named == null) {
				errors.add(new RosterError(n, RosterColumns.CONGRESS, "directory.import.error.unknownCongress",
						row.congress()));
				return null;
			}
			if (!row.level().name().equals(named.level()) || named.term() == null || named.term() != row.term()) {
				errors.add(new RosterError(n, RosterColumns.CONGRESS, "directory.import.error.congressMismatch",
						named.name(), row.term(), levelName));
				return null;
			}
			return named;
		}
		for (OrganizationRow body : new OrganizationRow[] { delegation, group }) {
			OrganizationRow above = body == null ? null : bodies.congressAbove(body);
			if (above != null && row.level().name().equals(above.level()) && above.term() != null
					&& above.term() == row.term()) {
				return above;
			}
		}
		List<OrganizationRow> candidates = bodies.byId.values().stream()
			.filter(o -> o.classification().equals(Classification.CONGRESS.name()))
			.filter(o -> row.level().name().equals(o.level()) && o.term() != null && o.term() == row.term())
			.toList();
		if (candidates.size() == 1) {
			return candidates.get(0);
		}
		errors.add(new RosterError(n, candidates.isEmpty() ? RosterColumns.TERM : RosterColumns.CONGRESS,
				candidates.isEmpty() ? "directory.import.error.noCongress" : "directory.import.error.ambiguousCongress",
				row.term(), levelName));
		return null;
	}

	private static OrganizationRow named(String name, Classification classification, Bodies bodies) {
		if (name == null) {
			return null;
		}
		OrganizationRow o = bodies.byName.get(name);
		return o != null && o.classification().equals(classification.name()) ? o : null;
	}

	private record Bodies(Map<Long, OrganizationRow> byId, Map<String, OrganizationRow> byName) {

		boolean under(OrganizationRow body, OrganizationRow ancestor) {
			for (OrganizationRow o = body; o != null; o = o.parentId() == null ? null : byId.get(o.parentId())) {
				if (o.id().equals(ancestor.id())) {
					return true;
				}
			}
			return false;
		}

		OrganizationRow congressAbove(OrganizationRow body) {
			for (OrganizationRow o = body; o != null; o = o.parentId() == null ? null : byId.get(o.parentId())) {
				if (o.classification().equals(Classification.CONGRESS.name())) {
					return o;
				}
			}
			return null;
		}
	}
}
