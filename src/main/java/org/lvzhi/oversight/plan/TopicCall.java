package org.lvzhi.oversight.plan;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.PlanItemKind;
import org.lvzhi.oversight.WorkReportId;
import org.lvzhi.oversight.WorkReportWorkflow;
import org.lvzhi.oversight.plan.Topics.Source;
import org.lvzhi.petitions.Petitions;
import org.lvzhi.suggestions.SuggestionCategoryCount;
import org.lvzhi.suggestions.Suggestions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidate topics for next year's supervision plan and how the office sorts them. Topics come from
 * the public call, from deputies' suggestions (the categories with most suggestions or with answers
 * rated 不满意), from inspection problems still unfixed (overdue or escalated), and from petitions the
 * office enters with their reference number. The office accepts a topic into the plan, merges it
 * into another, or declines it with an answer; the public sees the answer to its proposals.
 */
@Service
class TopicCall {

	/** The categories with most suggestions that become candidates, besides those rated 不满意. */
	static final int TOP_CATEGORIES = 5;

	private final JdbcClient jdbc;
	private final WorkReportWorkflow reports;
	private final ApplicationEventPublisher events;
	private final SupervisionPlanService plan;
	private final Topics topics;
	private final Suggestions suggestions;
	private final Petitions petitions;
	private final TopicIndex index;

	TopicCall(JdbcClient jdbc, WorkReportWorkflow reports, ApplicationEventPublisher events,
			SupervisionPlanService plan, Topics topics, Suggestions suggestions, Petitions petitions, TopicIndex index) {
		this.index = index;
		this.petitions = petitions;
		this.jdbc = jdbc;
		this.reports = reports;
		this.events = events;
		this.plan = plan;
		this.topics = topics;
		this.suggestions = suggestions;
	}

	/** A topic proposed by the public: its number, and the tracking code its proposer follows it with. */
	record Proposed(long number, String trackingCode) {
	}

	@Transactional
	Proposed propose(int year, String title, String reason, String proposer, LocalDate on) {
		if (title == null || title.isBlank() || reason == null || reason.isBlank() || proposer == null
				|| proposer.isBlank()) {
			throw new OversightException("oversight.error.topicRequired");
		}
		long id = insert(year, Source.PUBLIC, null, null, title, reason, proposer, on, List.of());
		String code = "T" + org.lvzhi.platform.PublicCodes.next(9);
		jdbc.sql("UPDATE oversight_topic SET tracking_code = ? WHERE id = ?").params(code, id).update();
		return new Proposed(id, code);
	}

	/**
	 * A topic drawn from petitions (信访), entered by the office with the petition's reference number.
	 * A number of a petition registered in Lvzhi links to it (and names its subject, never who brought
	 * it); another reference, as from the provincial system, stays text.
	 */
	@Transactional
	long fromPetition(int year, String title, String reason, String reference, LocalDate on) {
		if (title == null || title.isBlank() || reason == null || reason.isBlank() || reference == null
				|| reference.isBlank()) {
			throw new OversightException("oversight.error.petitionRequired");
		}
		String ref = reference.strip();
		if (topics.exists(year, Source.PETITION, ref)) {
			throw new OversightException("oversight.error.petitionTwice", ref);
		}
		Topics.Link link = petitions.byNumber(ref)
			.map(p -> new Topics.Link("PETITION", p.id().value(), p.number() + " " + p.subject(), Petitions.path(p.id())))
			.orElse(new Topics.Link("PETITION", null, ref, null));
		return insert(year, Source.PETITION, ref, ref, title, reason, "信访", on, List.of(link));
	}

	/**
	 * Candidates from the previous session year's suggestions: the categories with most suggestions
	 * and every category with an answer rated 不满意. A category already drawn this year is skipped.
	 *
	 * @return how many candidates were added
	 */
	@Transactional
	int fromSuggestions(int year, LocalDate on) {
		int session = year - 1;
		List<SuggestionCategoryCount> counts = suggestions.byCategory(session);
		int added = 0;
		for (int i = 0; i < counts.size(); i++) {
			SuggestionCategoryCount c = counts.get(i);
			if (i >= TOP_CATEGORIES && c.dissatisfied() == 0 || topics.exists(year, Source.SUGGESTIONS, c.category())) {
				continue;
			}
			String path = "/suggestions?year=" + session + "&category=" + URLEncoder.encode(c.category(), StandardCharsets.UTF_8);
			insert(year, Source.SUGGESTIONS, c.category(), null, c.category() + "领域代表建议集中反映问题的解决情况",
					session + "年代表建议中，" + c.category() + "类共" + c.suggestions() + "件，其中代表对答复不满意的"
							+ c.dissatisfied() + "件。",
					"市人大代表建议", on, List.of(new Topics.Link("SUGGESTIONS", (long) session,
							session + "年" + c.category() + "类代表建议" + c.suggestions() + "件", path)));
			added++;
		}
		return added;
	}

	private record Unfixed(long id, long inspection, String inspectionTitle, String description, String state) {
	}

	/**
	 * Candidates from inspection findings still unfixed on {@code on}: per inspection, the problems
	 * whose rectification is overdue or that were escalated. An inspection already drawn is skipped.
	 *
	 * @return how many candidates were added
	 */
	@Transactional
	int fromInspections(int year, LocalDate on) {
		List<Unfixed> unfixed = jdbc.sql("""
				SELECT p.id, p.inspection_id, i.title, p.description, p.state FROM oversight_inspection_problem p
				JOIN oversight_inspection i ON i.id = p.inspection_id
				WHERE p.state = 'ESCALATED' OR (p.state IN ('ASSIGNED', 'NOT_FIXED') AND p.rectify_due < :on)
				   OR (p.state = 'FOUND' AND p.assign_due < :on)
				ORDER BY p.inspection_id, p.id""").param("on", on)
			.query((rs, n) -> new Unfixed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
		Map<Long, List<Unfixed>> byInspection = new LinkedHashMap<>();
		unfixed.forEach(u -> byInspection.computeIfAbsent(u.inspection(), k -> new ArrayList<>()).add(u));
		int added = 0;
		for (var e : byInspection.entrySet()) {
			String key = String.valueOf(e.getKey());
			if (topics.exists(year, Source.INSPECTIONS, key)) {
				continue;
			}
			List<Unfixed> problems = e.getValue();
			long escalated = problems.stream().filter(p -> p.state().equals("ESCALATED")).count();
			String inspection = problems.get(0).inspectionTitle();
			List<Topics.Link> links = new ArrayList<>();
			links.add(new Topics.Link("INSPECTION", e.getKey(), inspection, "/oversight/inspections/" + e.getKey()));
			for (Unfixed p : problems) {
				links.add(new Topics.Link("PROBLEM", p.id(), abbreviate(p.description()),
						"/oversight/inspections/problems/" + p.id()));
			}
			insert(year, Source.INSPECTIONS, key, null, inspection + "发现问题整改情况跟踪监督",
					inspection + "发现的问题中，尚有" + problems.size() + "个未整改到位（逾期" + (problems.size() - escalated)
							+ "个，已提请询问或质询" + escalated + "个）。",
					"执法检查", on, links);
			added++;
		}
		return added;
	}

	/** Accepts a topic as a work report of a named organ: an item of the draft plan and its planned report. */
	@Transactional
	void adopt(long topic, int version, OrganizationId organ, OrganizationId committee, LocalDate on) {
		accept(topic, version, PlanItemKind.WORK_REPORT, organ, committee, null, on);
	}

	/**
	 * Accepts a topic into the year's draft plan as an item of the given kind. A work report with its
	 * organ is planned at once and tied to the item, as before the plan was a record.
	 */
	@Transactional
	void accept(long topic, int version, PlanItemKind kind, OrganizationId organ, OrganizationId committee,
			String answer, LocalDate on) {
		Topics.Topic t = load(topic, version);
		if (kind == null) {
			throw new OversightException("oversight.error.planItemRequired");
		}
		if (kind == PlanItemKind.WORK_REPORT && organ == null) {
			throw new OversightException("oversight.error.organRequired");
		}
		plan.draftIfMissing(t.planYear());
		long item = plan.addItem(t.planYear(), kind, t.title(), organ, null, null, null);
		Long report = null;
		if (kind == PlanItemKind.WORK_REPORT) {
			WorkReportId id = reports.plan(t.planYear(), t.title(), organ, committee, on);
			plan.link(t.planYear(), item, id.value());
			report = id.value();
		}
		decide(t, Topics.State.ADOPTED, report, item, null, blank(answer), on);
	}

	/** Merges a topic into another of the same year, which carries it on. */
	@Transactional
	void merge(long topic, int version, long into, String answer, LocalDate on) {
		Topics.Topic t = load(topic, version);
		Topics.Topic target = topics.get(into).orElseThrow(() -> new OversightException("oversight.error.notFound", into));
		if (target.id() == t.id() || target.planYear() != t.planYear() || target.state() == Topics.State.MERGED
				|| target.state() == Topics.State.NOT_ADOPTED) {
			throw new OversightException("oversight.error.mergeTarget");
		}
		decide(t, Topics.State.MERGED, target.reportId(), target.planItemId(), target.id(), blank(answer), on);
	}

	/** Declines a topic; the answer says why, and the public proposer reads it on the portal. */
	@Transactional
	void decline(long topic, int version, String answer, LocalDate on) {
		Topics.Topic t = load(topic, version);
		if (answer == null || answer.isBlank()) {
			throw new OversightException("oversight.error.answerRequired");
		}
		decide(t, Topics.State.NOT_ADOPTED, null, null, null, answer.strip(), on);
	}

	private long insert(int year, Source source, String key, String reference, String title, String reason,
			String proposer, LocalDate on, List<Topics.Link> links) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO oversight_topic (plan_year, title, reason, proposer, submitted_on, state, source, source_key, reference)
				VALUES (?, ?, ?, ?, ?, 'RECEIVED', ?, ?, ?)""")
			.params(year, cut(title.strip(), 200), reason.strip(), cut(proposer.strip(), 100), on, source.name(), key, reference)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (Topics.Link l : links) {
			jdbc.sql("INSERT INTO oversight_topic_link (topic_id, kind, ref_id, label, path) VALUES (?, ?, ?, ?, ?)")
				.params(id, l.kind(), l.refId(), cut(l.label(), 300), l.path()).update();
		}
		events.publishEvent(AuditEvent.created("oversight.topic.proposed", "OversightTopic", id, title.strip(),
				Map.of("source", source.name(), "links", links.size())));
		index.topicChanged(id);
		return id;
	}

	private Topics.Topic load(long topic, int version) {
		Topics.Topic t = topics.get(topic).orElseThrow(() -> new OversightException("oversight.error.notFound", topic));
		if (t.state() != Topics.State.RECEIVED) {
			throw new OversightException("oversight.error.topicDecided");
		}
		if (t.version() != version) {
			throw new OptimisticLockingFailureException("Topic " + topic + " changed");
		}
		return t;
	}

	private void decide(Topics.Topic t, Topics.State state, Long report, Long item, Long mergedInto, String answer,
			LocalDate on) {
		int changed = jdbc.sql("""
				UPDATE oversight_topic SET state = ?, report_id = ?, plan_item_id = ?, merged_into = ?, answer = ?,
				  decided_on = ?, version = version + 1 WHERE id = ? AND version = ?""")
			.params(state.name(), report, item, mergedInto, answer, on, t.id(), t.version()).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Topic " + t.id() + " changed");
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("state", state.name());
		after.put("planItem", item);
		after.put("mergedInto", mergedInto);
		after.put("answer", answer);
		events.publishEvent(AuditEvent.changed("oversight.topic." + state.name().toLowerCase(), "OversightTopic", t.id(),
				t.title(), Map.of("state", t.state().name()), after));
		index.topicChanged(t.id());
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static String cut(String s, int max) {
		return s.length() > max ? s.substring(0, max - 1) + "…" : s;
	}

	private static String abbreviate(String s) {
		return s.length() > 80 ? s.substring(0, 80) + "…" : s;
	}
}
