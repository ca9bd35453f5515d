package org.lvzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.audit.AuditFilter;
import org.lvzhi.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Each kind of personal data: an expired record and a fresh one, and only the expired one is erased
 * or anonymised. The rules are applied with a cut-off in 1995 and the records dated 1990 (expired)
 * and 2000 (fresh), so that the demo world's own records, all later, are not touched; the copies are
 * removed afterwards. The nightly job's run is audited.
 */
@IntegrationTest
class RetentionTests {

	private static final OffsetDateTime CUTOFF = OffsetDateTime.of(1995, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
	private static final LocalDate OLD = LocalDate.of(1990, 1, 1);
	private static final LocalDate FRESH = LocalDate.of(2000, 1, 1);
	private static final Timestamp OLD_AT = Timestamp.valueOf("1990-01-01 12:00:00");
	private static final Timestamp FRESH_AT = Timestamp.valueOf("2000-01-01 12:00:00");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<RetentionRule> rules;

	@Autowired
	RetentionJob job;

	@Autowired
	AuditLog log;

	/** Rows to remove after the test, last made first. */
	private final List<String[]> made = new ArrayList<>();

	@AfterEach
	void removeCopies() {
		for (int i = made.size() - 1; i >= 0; i--) {
			String[] row = made.get(i);
			jdbc.sql("DELETE FROM " + row[0] + " WHERE " + row[1] + " = ?").param(Long.parseLong(row[2])).update();
		}
	}

	private RetentionRule rule(String kind) {
		return rules.stream().filter(r -> r.kind().equals(kind)).findFirst().orElseThrow();
	}

	/** A copy of one existing row with some columns changed; its new id. */
	private long copy(String table, String where, Map<String, Object> changes) {
		Map<String, Object> row = new LinkedHashMap<>(jdbc.sql("SELECT * FROM " + table + " WHERE " + where
				+ " ORDER BY id FETCH FIRST 1 ROWS ONLY").query().singleRow());
		row.remove("id");
		// A code given to the public is unique: the copy gets none.
		row.replaceAll((column, value) -> column.equalsIgnoreCase("tracking_code") ? null : value);
		row.putAll(changes);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", row.keySet()) + ") VALUES ("
				+ String.join(", ", row.keySet().stream().map(k -> ":" + k).toList()) + ")")
			.paramSource(row)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		made.add(new String[] { table, "id", String.valueOf(id) });
		return id;
	}

	private long insert(String sql, String table, Object... params) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql(sql).params(params).update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		made.add(new String[] { table, "id", String.valueOf(id) });
		return id;
	}

	private static String code() {
		return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 11).toUpperCase();
	}

	private Map<String, Object> row(String table, long id) {
		return jdbc.sql("SELECT * FROM " + table + " WHERE id = ?").param(id).query().singleRow();
	}

	@Test
	void aConstituentsNameAndPhoneAreErasedFromAnOpinionClosedLongAgo() {
		Map<String, Object> c = new LinkedHashMap<>(Map.of("constituent_name", "张三", "constituent_phone", "13800000000"));
		c.putAll(Map.of("received_on", OLD, "closed_on", OLD, "tracking_code", code()));
		long expired = copy("liaison_opinion", "closed_on IS NOT NULL", c);
		c.putAll(Map.of("received_on", FRESH, "closed_on", FRESH, "tracking_code", code()));
		long fresh = copy("liaison_opinion", "closed_on IS NOT NULL", c);

		assertThat(rule("liaison.constituentContact").apply(CUTOFF)).isEqualTo(1);
		assertThat(row("liaison_opinion", expired)).containsEntry("constituent_name", null).containsEntry("constituent_phone", null);
		assertThat(row("liaison_opinion", fresh)).containsEntry("constituent_name", "张三").containsEntry("constituent_phone", "13800000000");
	}

	@Test
	void aCommentersNameAndContactAreErasedFromAnOldComment() {
		Map<String, Object> c = new LinkedHashMap<>(Map.of("author_name", "李四", "contact", "li@example.org", "submitted_at", OLD_AT));
		long expired = copy("legislation_comment", "1 = 1", c);
		c.put("submitted_at", FRESH_AT);
		long fresh = copy("legislation_comment", "1 = 1", c);

		assertThat(rule("legislation.commenterContact").apply(CUTOFF)).isEqualTo(1);
		assertThat(row("legislation_comment", expired)).containsEntry("author_name", null).containsEntry("contact", null);
		assertThat(row("legislation_comment", fresh)).containsEntry("author_name", "李四").containsEntry("contact", "li@example.org");
	}

	@Test
	void aFilingReviewRequesterIsAnonymisedLongAfterTheReply() {
		Map<String, Object> c = new LinkedHashMap<>(Map.of("requester", "王五", "contact", "13900000000", "submitted_on", OLD,
				"replied_on", OLD, "tracking_code", code()));
		long expired = copy("oversight_filing_request", "1 = 1", c);
		c.putAll(Map.of("submitted_on", FRESH, "replied_on", FRESH, "tracking_code", code()));
		long fresh = copy("oversight_filing_request", "1 = 1", c);

		assertThat(rule("oversight.filingRequester").apply(CUTOFF)).isEqualTo(1);
		assertThat(row("oversight_filing_request", expired)).containsEntry("requester", "—").containsEntry("contact", null);
		assertThat(row("oversight_filing_request", fresh)).containsEntry("requester", "王五").containsEntry("contact", "13900000000");
	}

	@Test
	void aPublicTopicProposerIsAnonymisedLongAfterTheProposal() {
		String sql = """
				INSERT INTO oversight_topic (plan_year, title, reason, proposer, submitted_on, state, source)
				VALUES (?, '留存测试', '理由', '赵六 13700000000', ?, 'RECEIVED', 'PUBLIC')""";
		long expired = insert(sql, "oversight_topic", 1990, OLD);
		long fresh = insert(sql, "oversight_topic", 2000, FRESH);

		assertThat(rule("oversight.topicProposer").apply(CUTOFF)).isEqualTo(1);
		assertThat(row("oversight_topic", expired)).containsEntry("proposer", "—");
		assertThat(row("oversight_topic", fresh)).containsEntry("proposer", "赵六 13700000000");
	}

	@Test
	void whoHeldAnEvaluationsAccessCodeIsForgottenLongAfterItClosed() {
		long person = jdbc.sql("SELECT MIN(id) FROM directory_person").query(Long.class).single();
		long oldEvaluation = insert("INSERT INTO oversight_evaluation (title, eval_year, state, opened_on, closed_on) VALUES ('留存测试', 1990, 'CLOSED', ?, ?)",
				"oversight_evaluation", OLD, OLD);
		long freshEvaluation = insert("INSERT INTO oversight_evaluation (title, eval_year, state, opened_on, closed_on) VALUES ('留存测试', 2000, 'CLOSED', ?, ?)",
				"oversight_evaluation", FRESH, FRESH);
		long expired = rater(oldEvaluation, person);
		long fresh = rater(freshEvaluation, person);

		assertThat(rule("oversight.evaluationAccess").apply(CUTOFF)).isEqualTo(1);
		assertThat(row("oversight_evaluation_rater", expired)).containsEntry("person_id", null);
		assertThat(((Number) row("oversight_evaluation_rater", fresh).get("person_id")).longValue()).isEqualTo(person);
	}

	private long rater(long evaluation, long person) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO oversight_evaluation_rater (evaluation_id, group_code, access_code, person_id) VALUES (?, 'DEPUTY', ?, ?)")
			.params(evaluation, "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 20), person)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		made.add(new String[] { "oversight_evaluation_rater", "id", String.valueOf(id) });
		return id;
	}

	@Test
	void oldNotificationsAreRemoved() {
		String sql = "INSERT INTO notifications_notification (message_key, args, category, subject, created_at, delivery_state) VALUES ('test.retention', '[]', 'test', 'test:retention', ?, 'SKIPPED')";
		long expired = insert(sql, "notifications_notification", OLD_AT);
		long fresh = insert(sql, "notifications_notification", FRESH_AT);
		jdbc.sql("INSERT INTO notifications_recipient (notification_id, recipient_key) VALUES (?, 'role:ADMIN')").param(expired).update();

		assertThat(rule("notifications.notification").apply(CUTOFF)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM notifications_notification WHERE id IN (?, ?)").params(expired, fresh)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(row("notifications_notification", fresh)).isNotNull();
	}

	@Test
	void oldClientHashesOfAuditEntriesAreErasedAndTheErasureIsAudited() {
		long entry = jdbc.sql("SELECT MIN(id) FROM audit_entry").query(Long.class).single();
		jdbc.sql("INSERT INTO audit_client (entry_id, client_hash, recorded_at) VALUES (?, 'old-hash', ?), (?, 'fresh-hash', ?)")
			.params(-entry - 1, OLD_AT, -entry - 2, FRESH_AT).update();
		try {
			assertThat(rule("audit.clientHash").apply(CUTOFF)).isEqualTo(1);
			assertThat(jdbc.sql("SELECT client_hash FROM audit_client WHERE entry_id IN (?, ?)").params(-entry - 1, -entry - 2)
				.query(String.class).list()).containsExactly("fresh-hash");

			// The nightly job, with the real periods: the fresh hash of 2000 is long expired too, and logged.
			jdbc.sql("INSERT INTO audit_client (entry_id, client_hash, recorded_at) VALUES (?, 'old-hash', ?)")
				.params(-entry - 1, OLD_AT).update();
			assertThat(job.run(rule("audit.clientHash"))).isEqualTo(2);
			assertThat(log.find(new AuditFilter("system", "retention.audit.clientHash.erased", null, null, null, null), 0, 1))
				.singleElement().satisfies(e -> assertThat(e.after()).contains("\"records\":2"));
		}
		finally {
			jdbc.sql("DELETE FROM audit_client WHERE entry_id IN (?, ?)").params(-entry - 1, -entry - 2).update();
		}
	}

	@Test
	void completedEventPublicationsAreRemovedAndUnfinishedOnesKept() {
		UUID old = UUID.randomUUID();
		UUID fresh = UUID.randomUUID();
		UUID unfinished = UUID.randomUUID();
		for (Object[] p : new Object[][] { { old, OLD_AT, OLD_AT }, { fresh, FRESH_AT, FRESH_AT }, { unfinished, OLD_AT, null } }) {
			jdbc.sql("""
					INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date)
					VALUES (?, 'test.listener', 'test.Event', '{}', ?, ?)""").params(p).update();
		}
		try {
			assertThat(rule("platform.eventPublication").apply(CUTOFF)).isEqualTo(1);
			assertThat(jdbc.sql("SELECT id FROM event_publication WHERE listener_id = 'test.listener'").query(UUID.class).set())
				.containsExactlyInAnyOrder(fresh, unfinished);
		}
		finally {
			jdbc.sql("DELETE FROM event_publication WHERE listener_id = 'test.listener'").update();
		}
	}

	@Test
	void oldAllowancesAndFormAnswersAreRemoved() {
		jdbc.sql("INSERT INTO platform_allowance (bucket, window_start, used) VALUES ('retention-old', ?, 1), ('retention-fresh', ?, 1)")
			.params(OLD_AT, FRESH_AT).update();
		jdbc.sql("""
				INSERT INTO platform_form_submission (token_hash, form, claimed_at, location, flash)
				VALUES ('retention-old', 'test', ?, '/x', 'tracking code'), ('retention-fresh', 'test', ?, '/x', 'tracking code')""")
			.params(OLD_AT, FRESH_AT).update();
		try {
			assertThat(rule("platform.clientHash").apply(CUTOFF)).isEqualTo(2);
			assertThat(jdbc.sql("SELECT TRIM(bucket) FROM platform_allowance WHERE bucket LIKE 'retention-%'").query(String.class).list())
				.containsExactly("retention-fresh");
			assertThat(jdbc.sql("SELECT TRIM(token_hash) FROM platform_form_submission WHERE token_hash LIKE 'retention-%'")
				.query(String.class).list()).containsExactly("retention-fresh");
		}
		finally {
			jdbc.sql("DELETE FROM platform_allowance WHERE bucket LIKE 'retention-%'").update();
			jdbc.sql("DELETE FROM platform_form_submission WHERE token_hash LIKE 'retention-%'").update();
		}
	}

	@Test
	void oldFailedSignInsOfAClientAreRemovedUnlessStillLocked() {
		jdbc.sql("""
				INSERT INTO accounts_sign_in_failure (account_name, client, failures, locks, last_failure_at)
				VALUES ('retention-old', '192.0.2.1', 1, 0, ?), ('retention-fresh', '192.0.2.1', 1, 0, ?)""")
			.params(OLD_AT, FRESH_AT).update();
		try {
			assertThat(rule("accounts.signInFailure").apply(CUTOFF)).isEqualTo(1);
			assertThat(jdbc.sql("SELECT account_name FROM accounts_sign_in_failure WHERE account_name LIKE 'retention-%'")
				.query(String.class).list()).containsExactly("retention-fresh");
		}
		finally {
			jdbc.sql("DELETE FROM accounts_sign_in_failure WHERE account_name LIKE 'retention-%'").update();
		}
	}
}
