package org.lvzhi.oversight.plan;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.PlanItemKind;
import org.lvzhi.oversight.PlanRecord;
import org.lvzhi.oversight.SupervisionPlanWorkflow;
import org.lvzhi.oversight.plan.SupervisionPlans.Plan;
import org.lvzhi.oversight.plan.SupervisionPlans.Revision;
import org.lvzhi.oversight.plan.SupervisionPlans.RevisionState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moves on an annual supervision plan. Every move bumps the plan's version, so two editors of the
 * same plan never both succeed, and writes its audit entry in the same transaction.
 */
@Service
class SupervisionPlanService implements SupervisionPlanWorkflow {

	private final JdbcClient jdbc;
	private final SupervisionPlans plans;
	private final Directory directory;
	private final ApplicationEventPublisher events;
	private final TopicIndex index;

	SupervisionPlanService(JdbcClient jdbc, SupervisionPlans plans, Directory directory,
			ApplicationEventPublisher events, TopicIndex index) {
		this.index = index;
		this.jdbc = jdbc;
		this.plans = plans;
		this.directory = directory;
		this.events = events;
	}

	@Override
	@Transactional
	public void draft(int year, String title) {
		if (year < 2000 || year > 2100) {
			throw new OversightException("oversight.error.planYear");
		}
		String t = title == null || title.isBlank() ? year + "年度监督工作计划" : title.strip();
		if (plans.plan(year).isPresent()) {
			throw new OversightException("oversight.error.planExists", year);
		}
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		try {
			jdbc.sql("INSERT INTO oversight_plan (plan_year, title) VALUES (?, ?)").params(year, t).update(keys, "id");
		}
		catch (DuplicateKeyException e) {
			throw new OversightException("oversight.error.planExists", year);
		}
		long id = keys.getKey().longValue();
		jdbc.sql("INSERT INTO oversight_plan_revision (plan_id, revision, state) VALUES (?, 1, 'DRAFT')").param(id).update();
		events.publishEvent(AuditEvent.created("oversight.plan.drafted", "SupervisionPlan", id, t, Map.of("year", year)));
	}

	/** Makes the year's plan if there is none yet, for topics accepted before anyone drafted it. */
	@Transactional
	void draftIfMissing(int year) {
		if (plans.plan(year).isEmpty()) {
			draft(year, null);
		}
	}

	@Override
	@Transactional
	public long addItem(int year, PlanItemKind kind, String title, OrganizationId organ, String leadBody, Integer month,
			String note) {
		return addItem(year, null, kind, title, organ, leadBody, month, note, null, null);
	}

	/** @param version the plan's version the editor saw, or {@code null} to take the current one */
	@Transactional
	long addItem(int year, Integer version, PlanItemKind kind, String title, OrganizationId organ, String leadBody,
			Integer month, String note, Long replaces, Long record) {
		if (kind == null || title == null || title.isBlank()) {
			throw new OversightException("oversight.error.planItemRequired");
		}
		if (month != null && (month < 1 || month > 12)) {
			throw new OversightException("oversight.error.planMonth");
		}
		if (organ != null && directory.organization(organ).isEmpty()) {
			throw new OversightException("oversight.error.organRequired");
		}
		Plan plan = plan(year);
		Revision draft = draft(plan);
		touch(plan, version);
		int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM oversight_plan_item WHERE plan_id = ?").param(plan.id())
			.query(Integer.class).single();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO oversight_plan_item (plan_id, seq, kind, title, organ_id, lead_body, planned_month, note, added_in, replaces_id, record_id)
				VALUES (:plan, :seq, :kind, :title, :organ, :lead, :month, :note, :rev, :replaces, :record)""")
			.param("plan", plan.id()).param("seq", seq).param("kind", kind.name()).param("title", title.strip())
			.param("organ", organ == null ? null : organ.value()).param("lead", blank(leadBody)).param("month", month)
			.param("note", blank(note)).param("rev", draft.revision()).param("replaces", replaces).param("record", record)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("kind", kind.name());
		after.put("revision", draft.revision());
		after.put("replaces", replaces);
		events.publishEvent(AuditEvent.created("oversight.plan.itemAdded", "SupervisionPlan", plan.id(), title.strip(), after));
		index.planChanged(year);
		return id;
	}

	@Override
	@Transactional
	public void removeItem(int year, long item) {
		removeItem(year, null, item);
	}

	@Transactional
	void removeItem(int year, Integer version, long item) {
		Plan plan = plan(year);
		Revision draft = draft(plan);
		SupervisionPlans.Item i = current(plan, draft, item);
		touch(plan, version);
		jdbc.sql("UPDATE oversight_plan_item SET removed_in = ? WHERE id = ?").params(draft.revision(), i.id()).update();
		events.publishEvent(AuditEvent.changed("oversight.plan.itemRemoved", "SupervisionPlan", plan.id(), i.title(),
				Map.of("item", i.id()), Map.of("removedIn", draft.revision())));
		index.planChanged(year);
	}

	/**
	 * Changes an item in the draft: an item of the draft itself is ended and re-added; an item of an
	 * adopted revision is ended in this revision and replaced, so the adopted revision stays as it was.
	 */
	@Transactional
	long replaceItem(int year, Integer version, long item, String title, OrganizationId organ, String leadBody,
			Integer month, String note) {
		Plan plan = plan(year);
		Revision draft = draft(plan);
		SupervisionPlans.Item old = current(plan, draft, item);
		removeItem(year, version, item);
		return addItem(year, null, old.kind(), title, organ, leadBody, month, note, old.id(), old.recordId());
	}

	@Override
	@Transactional
	public void link(int year, long item, long record) {
		link(year, null, item, record);
	}

	/**
	 * Ties an item to its record. This is the plan being carried out, not a change of its content,
	 * so it is allowed on the items of the adopted revision too.
	 */
	@Transactional
	void link(int year, Integer version, long item, long record) {
		Plan plan = plan(year);
		SupervisionPlans.Item i = plans.item(item).filter(x -> x.removedIn() == null)
			.orElseThrow(() -> new OversightException("oversight.error.notFound", item));
		if (!plans.items(plan.id(), Integer.MAX_VALUE).contains(i)) {
			throw new OversightException("oversight.error.notFound", item);
		}
		PlanRecord r = plans.record(i.kind(), record)
			.orElseThrow(() -> new OversightException("oversight.error.planRecord", record));
		touch(plan, version);
		jdbc.sql("UPDATE oversight_plan_item SET record_id = ? WHERE id = ?").params(record, item).update();
		events.publishEvent(AuditEvent.changed("oversight.plan.itemLinked", "SupervisionPlan", plan.id(), i.title(),
				Map.of("item", item, "record", String.valueOf(i.recordId())), Map.of("item", item, "record", r.id())));
	}

	@Override
	@Transactional
	public void adopt(int year, LocalDate meeting, String decision) {
		adopt(year, null, meeting, decision);
	}

	@Transactional
	void adopt(int year, Integer version, LocalDate meeting, String decision) {
		if (meeting == null || decision == null || decision.isBlank()) {
			throw new OversightException("oversight.error.adoptionRequired");
		}
		Plan plan = plan(year);
		Revision draft = draft(plan);
		if (plans.items(plan.id(), draft.revision()).isEmpty()) {
			throw new OversightException("oversight.error.planEmpty");
		}
		plans.revisions(plan.id()).stream().filter(Revision::adopted).reduce((a, b) -> b).ifPresent(previous -> {
			if (meeting.isBefore(previous.meetingDate())) {
				throw new OversightException("oversight.error.meetingBefore", previous.meetingDate());
			}
		});
		touch(plan, version);
		jdbc.sql("UPDATE oversight_plan_revision SET state = 'ADOPTED', meeting_date = ?, decision = ?, adopted_on = ? WHERE id = ?")
			.params(meeting, decision.strip(), meeting, draft.id()).update();
		events.publishEvent(AuditEvent.changed("oversight.plan.adopted", "SupervisionPlan", plan.id(), plan.title(),
				Map.of("revision", draft.revision(), "state", "DRAFT"),
				Map.of("revision", draft.revision(), "state", "ADOPTED", "meeting", meeting.toString())));
	}

	@Override
	@Transactional
	public void publish(int year, LocalDate on) {
		publish(year, null, on);
	}

	@Transactional
	void publish(int year, Integer version, LocalDate on) {
		Plan plan = plan(year);
		Revision latest = plans.latest(plan.id()).orElseThrow();
		if (latest.state() != RevisionState.ADOPTED) {
			throw new OversightException("oversight.error.planNotAdopted");
		}
		if (on == null || on.isBefore(latest.meetingDate())) {
			throw new OversightException("oversight.error.meetingBefore", latest.meetingDate());
		}
		touch(plan, version);
		jdbc.sql("UPDATE oversight_plan_revision SET state = 'PUBLISHED', published_on = ? WHERE id = ?")
			.params(on, latest.id()).update();
		events.publishEvent(AuditEvent.changed("oversight.plan.published", "SupervisionPlan", plan.id(), plan.title(),
				Map.of("revision", latest.revision(), "state", "ADOPTED"),
				Map.of("revision", latest.revision(), "state", "PUBLISHED", "on", on.toString())));
		index.planChanged(year);
	}

	@Override
	@Transactional
	public void amend(int year, String reason) {
		amend(year, null, reason);
	}

	@Transactional
	void amend(int year, Integer version, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new OversightException("oversight.error.amendReason");
		}
		Plan plan = plan(year);
		Revision latest = plans.latest(plan.id()).orElseThrow();
		if (!latest.adopted()) {
			throw new OversightException("oversight.error.planDraftOpen");
		}
		touch(plan, version);
		int next = latest.revision() + 1;
		jdbc.sql("INSERT INTO oversight_plan_revision (plan_id, revision, state, reason) VALUES (?, ?, 'DRAFT', ?)")
			.params(plan.id(), next, reason.strip()).update();
		events.publishEvent(AuditEvent.created("oversight.plan.amendmentOpened", "SupervisionPlan", plan.id(),
				plan.title(), Map.of("revision", next, "reason", reason.strip())));
	}

	@Override
	public List<PlanRecord> records(int year, PlanItemKind kind) {
		return plans.records(year, kind);
	}

	private Plan plan(int year) {
		return plans.plan(year).orElseThrow(() -> new OversightException("oversight.error.noPlan", year));
	}

	private Revision draft(Plan plan) {
		Revision latest = plans.latest(plan.id()).orElseThrow();
		if (latest.adopted()) {
			throw new OversightException("oversight.error.planNotDraft");
		}
		return latest;
	}

	private SupervisionPlans.Item current(Plan plan, Revision draft, long item) {
		return plans.items(plan.id(), draft.revision()).stream().filter(i -> i.id() == item).findFirst()
			.orElseThrow(() -> new OversightException("oversight.error.notFound", item));
	}

	/** Claims the plan for this move: refused when someone else moved it since the editor looked. */
	private void touch(Plan plan, Integer version) {
		int seen = version == null ? plan.version() : version;
		int changed = jdbc.sql("UPDATE oversight_plan SET version = version + 1 WHERE id = ? AND version = ?")
			.params(plan.id(), seen).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Plan " + plan.year() + " changed");
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
