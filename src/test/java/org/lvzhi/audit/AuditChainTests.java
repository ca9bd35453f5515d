package org.lvzhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.platform.ClientHashes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain over the action log names the first entry removed or changed behind the
 * application's back; anonymous actions carry the keyed hash of their client, never its address.
 */
@IntegrationTest
class AuditChainTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AuditLog log;

	@Autowired
	AuditChain chain;

	@Autowired
	ClientHashes clients;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private long logged(String subjectId) {
		tx.executeWithoutResult(s -> events.publishEvent(AuditEvent.changed("test.chain.changed", "Chained", subjectId,
				"链上 " + subjectId, Map.of("n", 1), Map.of("n", 2))));
		return log.historyOf("Chained", subjectId).getLast().id();
	}

	@Test
	void aChangedEntryIsNamedByTheCheck() {
		long before = logged("c1");
		long changed = logged("c2");
		logged("c3");
		assertThat(chain.check().intact()).isTrue();

		String summary = jdbc.sql("SELECT summary FROM audit_entry WHERE id = ?").param(changed).query(String.class).single();
		long seq = seq(changed);
		jdbc.sql("UPDATE audit_entry SET summary = '无事发生' WHERE id = ?").param(changed).update();
		try {
			AuditChain.Report report = chain.check();
			assertThat(report.first()).isEqualTo(new AuditChain.Problem("changed", seq, changed));
			assertThat(report.problems()).extracting(AuditChain.Problem::entryId).doesNotContain(before);
		}
		finally {
			jdbc.sql("UPDATE audit_entry SET summary = ? WHERE id = ?").params(summary, changed).update();
		}
		assertThat(chain.check().intact()).isTrue();
	}

	@Test
	void aRemovedEntryIsNamedByTheCheckAndShownToTheAdministrator() throws Exception {
		logged("r1");
		long removed = logged("r2");
		logged("r3");
		Map<String, Object> row = jdbc.sql("SELECT * FROM audit_entry WHERE id = ?").param(removed).query().singleRow();
		long seq = seq(removed);
		jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(removed).update();
		try {
			AuditChain.Report report = chain.check();
			assertThat(report.first()).isEqualTo(new AuditChain.Problem("removed", seq, removed));
			mvc.perform(get("/admin/audit/chain").with(user("admin-x").roles("ADMIN")))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("第 " + removed + " 号日志已被删除")));
			assertThat(AuditCheckCommand.describe(report)).contains("removed entry " + removed);
		}
		finally {
			jdbc.sql("""
					INSERT INTO audit_entry (id, occurred_at, actor, action, subject_type, subject_id, summary, before_state, after_state)
					VALUES (:id, :occurred_at, :actor, :action, :subject_type, :subject_id, :summary, :before_state, :after_state)""")
				.paramSource(row).update();
		}
		assertThat(chain.check().intact()).isTrue();
		mvc.perform(get("/admin/audit/chain").with(user("admin-x").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("audit-chain-intact")));
	}

	@Test
	void aRemovedEndOfTheChainIsNamed() {
		logged("t1");
		long last = logged("t2");
		chain.check();
		long seq = seq(last);
		Map<String, Object> seal = jdbc.sql("SELECT * FROM audit_seal WHERE seq = ?").param(seq).query().singleRow();
		Map<String, Object> entry = jdbc.sql("SELECT * FROM audit_entry WHERE id = ?").param(last).query().singleRow();
		// Somebody removes the last entry and its seal, and no entry follows yet.
		jdbc.sql("DELETE FROM audit_seal WHERE seq = ?").param(seq).update();
		jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(last).update();
		try {
			AuditChain.Report report = chain.check();
			assertThat(report.problems()).extracting(AuditChain.Problem::kind).contains("tailRemoved");
		}
		finally {
			jdbc.sql("""
					INSERT INTO audit_entry (id, occurred_at, actor, action, subject_type, subject_id, summary, before_state, after_state)
					VALUES (:id, :occurred_at, :actor, :action, :subject_type, :subject_id, :summary, :before_state, :after_state)""")
				.paramSource(entry).update();
			jdbc.sql("INSERT INTO audit_seal (seq, entry_id, prev_hash, hash) VALUES (:seq, :entry_id, :prev_hash, :hash)")
				.paramSource(seal).update();
		}
		assertThat(chain.check().intact()).isTrue();
	}

	@Test
	void entriesWrittenTogetherFormOneUnbrokenChain() throws Exception {
		var pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Long>> writers = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				String id = "p" + i;
				writers.add(() -> logged(id));
			}
			for (var f : pool.invokeAll(writers)) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		AuditChain.Report report = chain.check();
		assertThat(report.problems()).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry e WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id)")
			.query(Long.class).single()).isZero();
	}

	@Test
	void aFailedSignInIsLoggedAsAnonymousWithTheKeyedHashOfItsClient() throws Exception {
		mvc.perform(post("/login").param("username", "chain-nobody").param("password", "wrong-password-1")
			.with(csrf()).with(r -> {
				r.setRemoteAddr("198.51.100.23");
				return r;
			}));
		AuditEntry failed = log.find(new AuditFilter(null, "accounts.signIn.failed", null, null, null, null), 0, 50)
			.stream().filter(e -> "chain-nobody".equals(e.summary())).findFirst().orElseThrow();
		assertThat(failed.actor()).isEqualTo("anonymous");
		assertThat(failed.after()).doesNotContain("198.51.100.23").contains(clients.of("198.51.100.23"));
		assertThat(jdbc.sql("SELECT client_hash FROM audit_client WHERE entry_id = ?").param(failed.id())
			.query(String.class).single()).isEqualTo(clients.of("198.51.100.23"));
		assertThat(clients.of("198.51.100.23")).isNotEqualTo(sha256("198.51.100.23"));
	}

	@Test
	void workOutsideARequestIsStillLoggedAsSystem() {
		long id = logged("s1");
		assertThat(log.historyOf("Chained", "s1").getLast().actor()).isEqualTo("system");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_client WHERE entry_id = ?").param(id).query(Long.class).single())
			.isZero();
	}

	private long seq(long entryId) {
		chain.seal(true);
		return jdbc.sql("SELECT seq FROM audit_seal WHERE entry_id = ?").param(entryId).query(Long.class).single();
	}

	private static String sha256(String text) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
			.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}
}
