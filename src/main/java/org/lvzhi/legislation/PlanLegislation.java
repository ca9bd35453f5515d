package org.lvzhi.legislation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.legislation.drafts.DraftStore;
import org.lvzhi.legislation.internal.Texts;
import org.lvzhi.legislation.plan.PlanItem;
import org.lvzhi.legislation.plan.PlanStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff prepare the annual legislative plan item by item; the 主任会议 adopts it, after which it
 * is published and no longer changed. An item outside the matters a city may regulate is taken
 * with a warning rather than refused: the office may have a law's express authorisation.
 */
@Component
public class PlanLegislation {

	private final PlanStore store;
	private final DraftStore drafts;
	private final CreateProject createProject;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PlanLegislation(PlanStore store, DraftStore drafts, CreateProject createProject, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.drafts = drafts;
		this.createProject = createProject;
		this.events = events;
		this.clock = clock;
	}

	/** @return whether the item is within a city's legislative scope; {@code false} calls for a warning */
	@Transactional
	public boolean addItem(int year, String title, ProjectKind kind, PlanSubject subject, String sponsor,
			String draftingBody, String committee, String schedule) {
		String name = title == null ? "" : title.strip();
		if (name.isEmpty() || name.length() > 400) {
			throw new LegislationException("legislation.project.titleMissing");
		}
		if (kind == null || subject == null) {
			throw new LegislationException("process.plan.kindMissing");
		}
		if (store.adoption(year).isPresent()) {
			throw new LegislationException("process.plan.adopted");
		}
		long id = store.insertItem(year, name, kind, subject, Texts.optional(sponsor, 200),
				Texts.optional(draftingBody, 200), Texts.optional(committee, 200),
				Texts.optional(schedule, 200), clock.instant());
		events.publishEvent(AuditEvent.created("legislation.plan.itemAdded", "LegislativePlanItem", id, name,
				Map.of("year", year, "kind", kind.name(), "subject", subject.name())));
		return subject.isWithinCityScope();
	}

	/** The ID of a year's plan item by its title, for callers that hold no page, such as an import. */
	public java.util.OptionalLong itemId(int year, String title) {
		return store.itemId(year, title).map(java.util.OptionalLong::of).orElse(java.util.OptionalLong.empty());
	}

	/** Opens the legislative project of a plan item, with the item's title and kind. */
	@Transactional
	public ProjectId openProject(long itemId, Long accountId) {
		PlanItem item = store.item(itemId).orElseThrow(() -> new LegislationException("process.plan.itemNotFound"));
		if (item.project() != null) {
			throw new LegislationException("process.plan.alreadyLinked");
		}
		ProjectId project = createProject.create(item.title(), item.kind(), accountId);
		link(item, project);
		return project;
	}

	/** Links a plan item to a project opened before, e.g. one carried over from an earlier year's plan. */
	@Transactional
	public void linkProject(long itemId, ProjectId project, Long accountId) {
		PlanItem item = store.item(itemId).orElseThrow(() -> new LegislationException("process.plan.itemNotFound"));
		if (project == null || drafts.project(project).isEmpty()) {
			throw new LegislationException("legislation.project.notFound");
		}
		if (item.project() != null) {
			throw new LegislationException("process.plan.alreadyLinked");
		}
		link(item, project);
	}

	private void link(PlanItem item, ProjectId project) {
		if (!store.link(item.id(), project)) {
			throw new LegislationException("process.plan.alreadyLinked");
		}
		events.publishEvent(AuditEvent.changed("legislation.plan.itemLinked", "LegislativePlanItem", item.id(),
				item.title(), Map.of("project", ""), Map.of("project", project.value(), "year", item.year())));
	}

	@Transactional
	public void adopt(int year, LocalDate on, String meeting) {
		if (on == null || meeting == null || meeting.isBlank()) {
			throw new LegislationException("process.plan.meetingMissing");
		}
		if (store.adoption(year).isPresent()) {
			throw new LegislationException("process.plan.adopted");
		}
		if (store.items(year).isEmpty()) {
			throw new LegislationException("process.plan.empty");
		}
		store.adopt(year, on, meeting.strip());
		events.publishEvent(AuditEvent.created("legislation.plan.adopted", "LegislativePlan", year, meeting.strip(),
				Map.of("year", year, "adoptedOn", on.toString())));
	}
}
