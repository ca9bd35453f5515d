package org.lvzhi.oversight.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.oversight.PlanItemKind;
import org.lvzhi.oversight.PlanRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the annual supervision plans: a plan, its revisions, the items of one revision, and the
 * plan item a work report or an inspection belongs to. The records that carry items out live in
 * their own packages' tables of this module; they are read here by kind.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionPlans {

	public enum RevisionState {
		DRAFT, ADOPTED, PUBLISHED
	}

	public record Plan(long id, int year, String title, int version) {
	}

	public record Revision(long id, int revision, RevisionState state, String reason, LocalDate meetingDate,
			String decision, LocalDate adoptedOn, LocalDate publishedOn) {

		public boolean adopted() {
			return state != RevisionState.DRAFT;
		}
	}

	public record Item(long id, int seq, PlanItemKind kind, String title, Long organId, String leadBody,
			Integer plannedMonth, String note, int addedIn, Integer removedIn, Long replacesId, Long recordId) {

		/** Where the record carrying the item out is shown, or {@code null} when none is tied yet. */
		public String recordPath() {
			if (recordId == null) {
				return null;
			}
			return switch (kind) {
				case WORK_REPORT -> "/oversight/reports/" + recordId;
				case INQUIRY -> "/oversight/inquiries/" + recordId;
				case EVALUATION -> "/oversight/evaluations/" + recordId;
				case INSPECTION -> "/oversight/inspections/" + recordId;
				case RESEARCH -> "/oversight/visits/" + recordId;
			};
		}

		boolean in(int revision) {
			return addedIn <= revision && (removedIn == null || removedIn > revision);
		}
	}

	/**
	 * The plan item a record carries out, as the record's page shows it. The office opens the plan's
	 * own page; everybody else the public page of the year, which exists only once a revision of the
	 * year is published ({@code published}) and shows the item only when the published revision
	 * holds it or the item it replaced ({@code publishedItemId}).
	 */
	public record ItemRef(int year, long itemId, int seq, String title, boolean published, Long publishedItemId) {

		/** The office's page of the plan, at the item. */
		public String staffPath() {
			return "/oversight/plan?year=" + year + "#item-" + itemId;
		}

		/** The public page of the year's plan, at the item when it is shown there; {@code null} before publication. */
		public String publicPath() {
			if (!published) {
				return null;
			}
			return "/public/oversight-plan/" + year + (publishedItemId == null ? "" : "#item-" + publishedItemId);
		}

		/** Where a reader goes from the record's page: the office to its page, everybody else to the public one. */
		public String pathFor(boolean staff) {
			return staff ? staffPath() : publicPath();
		}
	}

	private static final String ITEM = "SELECT id, seq, kind, title, organ_id, lead_body, planned_month, note, added_in,"
			+ " removed_in, replaces_id, record_id FROM oversight_plan_item";

	private final JdbcClient jdbc;

	SupervisionPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Plan> plan(int year) {
		return jdbc.sql("SELECT id, plan_year, title, version FROM oversight_plan WHERE plan_year = ?").param(year)
			.query((rs, n) -> new Plan(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4))).optional();
	}

	public List<Integer> years() {
		return jdbc.sql("SELECT plan_year FROM oversight_plan ORDER BY plan_year DESC").query(Integer.class).list();
	}

	/** The years with a published revision, newest first. */
	public List<Integer> publishedYears() {
		return jdbc.sql("""
				SELECT DISTINCT p.plan_year FROM oversight_plan p JOIN oversight_plan_revision r ON r.plan_id = p.id
				WHERE r.state = 'PUBLISHED' ORDER BY p.plan_year DESC""").query(Integer.class).list();
	}

	/** Every revision of the plan, the first first. */
	public List<Revision> revisions(long plan) {
		return jdbc.sql("""
				SELECT id, revision, state, reason, meeting_date, decision, adopted_on, published_on
				FROM oversight_plan_revision WHERE plan_id = ? ORDER BY revision""").param(plan)
			.query(SupervisionPlans::revision).list();
	}

	public Optional<Revision> latest(long plan) {
		List<Revision> all = revisions(plan);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/** The revision the public sees: the latest published one. */
	public Optional<Revision> published(long plan) {
		return revisions(plan).stream().filter(r -> r.state() == RevisionState.PUBLISHED)
			.reduce((a, b) -> b);
	}

	/** The items of one revision, in plan order. */
	public List<Item> items(long plan, int revision) {
		return jdbc.sql(ITEM + " WHERE plan_id = ? AND added_in <= ? AND (removed_in IS NULL OR removed_in > ?) ORDER BY seq, id")
			.params(plan, revision, revision).query(SupervisionPlans::item).list();
	}

	/** Every item the plan ever had, with when it came and went. */
	public List<Item> history(long plan) {
		return jdbc.sql(ITEM + " WHERE plan_id = ? AND (removed_in IS NULL OR removed_in > added_in) ORDER BY seq, id")
			.param(plan).query(SupervisionPlans::item).list();
	}

	Optional<Item> item(long id) {
		return jdbc.sql(ITEM + " WHERE id = ?").param(id).query(SupervisionPlans::item).optional();
	}

	/** The current plan item a work report, an inspection … carries out. */
	public Optional<ItemRef> itemFor(PlanItemKind kind, long record) {
		record Found(long plan, int year, long id, int seq, String title) {
		}
		return jdbc.sql("""
				SELECT p.id AS plan_id, p.plan_year, i.id, i.seq, i.title FROM oversight_plan_item i JOIN oversight_plan p ON p.id = i.plan_id
				WHERE i.kind = ? AND i.record_id = ? AND (i.removed_in IS NULL OR i.removed_in > i.added_in)
				ORDER BY i.removed_in NULLS FIRST, i.id DESC""").params(kind.name(), record)
			.query((rs, n) -> new Found(rs.getLong("plan_id"), rs.getInt("plan_year"), rs.getLong("id"), rs.getInt("seq"),
					rs.getString("title")))
			.list().stream().findFirst().map(f -> {
				Optional<Revision> published = published(f.plan());
				Long shown = published.map(r -> publishedItem(f.id(), r.revision())).orElse(null);
				return new ItemRef(f.year(), f.id(), f.seq(), f.title(), published.isPresent(), shown);
			});
	}

	/**
	 * The item the published revision shows for an item: the item itself, or the one it replaced
	 * (an amendment not yet published ends an item and adds its replacement); {@code null} when the
	 * published revision has neither.
	 */
	private Long publishedItem(long id, int revision) {
		Long next = id;
		for (int hops = 0; next != null && hops < 100; hops++) {
			Item i = item(next).orElse(null);
			if (i == null) {
				return null;
			}
			if (i.in(revision)) {
				return i.id();
			}
			next = i.replacesId();
		}
		return null;
	}

	/** The year's records of a kind, in the order they were made. */
	public List<PlanRecord> records(int year, PlanItemKind kind) {
		String sql = switch (kind) {
			case WORK_REPORT -> "SELECT id, title, organ_id, committee_id, CAST(NULL AS VARCHAR(200)) AS lead_body,"
					+ " COALESCE(sitting_date, planned_on) AS record_day FROM oversight_report WHERE report_year = :y ORDER BY id";
			case INQUIRY -> "SELECT i.id, i.title, r.organ_id, r.committee_id, CAST(NULL AS VARCHAR(200)) AS lead_body,"
					+ " i.held_on AS record_day FROM oversight_inquiry i LEFT JOIN oversight_report r ON r.id = i.report_id"
					+ " WHERE i.held_on IS NULL OR (i.held_on >= :from AND i.held_on < :to) ORDER BY i.id";
			case EVALUATION -> "SELECT id, title, CAST(NULL AS BIGINT) AS organ_id, CAST(NULL AS BIGINT) AS committee_id,"
					+ " CAST(NULL AS VARCHAR(200)) AS lead_body, opened_on AS record_day FROM oversight_evaluation WHERE eval_year = :y ORDER BY id";
			case INSPECTION -> "SELECT id, title, CAST(NULL AS BIGINT) AS organ_id, CAST(NULL AS BIGINT) AS committee_id,"
					+ " lead_body, started_on AS record_day FROM oversight_inspection WHERE report_year = :y ORDER BY id";
			case RESEARCH -> "SELECT id, title, CAST(NULL AS BIGINT) AS organ_id, CAST(NULL AS BIGINT) AS committee_id,"
					+ " CAST(NULL AS VARCHAR(200)) AS lead_body, visited_on AS record_day FROM oversight_visit WHERE report_year = :y ORDER BY id";
		};
		var spec = jdbc.sql(sql);
		if (kind == PlanItemKind.INQUIRY) {
			spec = spec.param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1));
		}
		else {
			spec = spec.param("y", year);
		}
		return spec.query((rs, n) -> new PlanRecord(kind, rs.getLong("id"), rs.getString("title"),
				(Long) rs.getObject("organ_id", Long.class), (Long) rs.getObject("committee_id", Long.class),
				rs.getString("lead_body"), rs.getObject("record_day", LocalDate.class)))
			.list();
	}

	Optional<PlanRecord> record(PlanItemKind kind, long id) {
		String table = switch (kind) {
			case WORK_REPORT -> "oversight_report";
			case INQUIRY -> "oversight_inquiry";
			case EVALUATION -> "oversight_evaluation";
			case INSPECTION -> "oversight_inspection";
			case RESEARCH -> "oversight_visit";
		};
		return jdbc.sql("SELECT id, title FROM " + table + " WHERE id = ?").param(id)
			.query((rs, n) -> new PlanRecord(kind, rs.getLong(1), rs.getString(2), null, null, null, null)).optional();
	}

	private static Revision revision(ResultSet rs, int n) throws SQLException {
		return new Revision(rs.getLong("id"), rs.getInt("revision"), RevisionState.valueOf(rs.getString("state")),
				rs.getString("reason"), rs.getObject("meeting_date", LocalDate.class), rs.getString("decision"),
				rs.getObject("adopted_on", LocalDate.class), rs.getObject("published_on", LocalDate.class));
	}

	private static Item item(ResultSet rs, int n) throws SQLException {
		return new Item(rs.getLong("id"), rs.getInt("seq"), PlanItemKind.valueOf(rs.getString("kind")),
				rs.getString("title"), (Long) rs.getObject("organ_id", Long.class), rs.getString("lead_body"),
				(Integer) rs.getObject("planned_month", Integer.class), rs.getString("note"), rs.getInt("added_in"),
				(Integer) rs.getObject("removed_in", Integer.class), (Long) rs.getObject("replaces_id", Long.class),
				(Long) rs.getObject("record_id", Long.class));
	}
}
