package org.lvzhi.legislation.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.lvzhi.legislation.ProjectId;
import org.lvzhi.legislation.ProjectStatus;
import org.lvzhi.platform.SittingItem;
import org.lvzhi.platform.SittingItems;
import org.springframework.stereotype.Component;

/**
 * Drafts at the sittings: a project whose text is before the committee awaits its next reading or
 * the vote (the day is set by the council of chairpersons, not known here); a reading held or a
 * vote taken was dealt with at the sitting of that day.
 */
@Component
class ReadingsAtSittings implements SittingItems {

	private static final String KIND = "legislation.sitting.draft";

	private static final Set<ProjectStatus> BEFORE_THE_COMMITTEE = Set.of(ProjectStatus.UNDER_READING,
			ProjectStatus.FIRST_READING, ProjectStatus.PUBLIC_COMMENT, ProjectStatus.SECOND_READING,
			ProjectStatus.THIRD_READING);

	private final ProcessStore store;

	ReadingsAtSittings(ProcessStore store) {
		this.store = store;
	}

	@Override
	public List<SittingItem> upcoming(LocalDate today) {
		return store.processes().stream().filter(p -> BEFORE_THE_COMMITTEE.contains(p.status()))
			.map(p -> new SittingItem(null, true, KIND, p.title(), "legislation.sitting.awaiting." + p.status(),
					link(p.id())))
			.toList();
	}

	@Override
	public List<SittingItem> decided(LocalDate today, int limit) {
		return store.sittingMoves(today, limit).stream()
			.map(m -> new SittingItem(m.on(), true, KIND, m.title(), "legislation.projectStatus." + m.to(),
					link(m.project())))
			.toList();
	}

	private static String link(ProjectId id) {
		return "/legislation/projects/" + id.value();
	}
}
