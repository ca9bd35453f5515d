package org.lvzhi.dutyrecords;

import java.util.List;
import java.util.Map;

import org.lvzhi.directory.Classification;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.MembershipStatus;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationQuery;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.directory.PersonListItem;
import org.lvzhi.directory.PersonQuery;
import org.lvzhi.platform.Page;
import org.springframework.stereotype.Component;

/**
 * Deputies with their totals for a year, in the directory's name order: the directory pages and
 * filters the persons, the record adds the counts of each page.
 */
@Component
class DeputyList {

	private final Directory directory;
	private final DutyRecords records;
	private final WeightStore weights;

	DeputyList(Directory directory, DutyRecords records, WeightStore weights) {
		this.directory = directory;
		this.records = records;
		this.weights = weights;
	}

	/** @param body a delegation or other body the deputies belong to, or {@code null} */
	Page<DeputyRow> find(String name, DeputyLevel level, OrganizationId body, int year, int page, int size) {
		// Without a level or a body, "deputy" means holding any deputy seat.
		MembershipRole role = level == null && body == null ? MembershipRole.DEPUTY : null;
		PersonQuery query = new PersonQuery(name, level, body, role, null, MembershipStatus.ALL);
		Page<PersonListItem> persons = directory.findPersons(query, page, size);
		Map<Long, DutyTotals> totals = records.totalsOf(persons.items().stream().map(p -> p.id().value()).toList(),
				DutyRecords.yearStart(year), DutyRecords.yearEnd(year));
		DutyWeights w = weights.load();
		List<DeputyRow> rows = persons.items().stream().map(p -> {
			DutyTotals t = totals.getOrDefault(p.id().value(), DutyTotals.none());
			return new DeputyRow(p.id(), p.name(), p.currentBodies(), t, w.score(t));
		}).toList();
		return new Page<>(rows, persons.number(), persons.size(), persons.total(), persons.totalIsLowerBound());
	}

	/** The delegations to filter and rank by. */
	List<OrganizationView> delegations() {
		return directory.findOrganizations(new OrganizationQuery(null, Classification.DELEGATION, null, null), 1, 500)
			.items();
	}
}
