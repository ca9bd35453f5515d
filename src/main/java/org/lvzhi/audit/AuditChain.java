package org.lvzhi.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * The hash chain over the action log. Entries are written in their changing transaction, in any
 * order; once committed they are sealed in {@code audit_seal}, one after another: each seal holds
 * an HMAC-SHA256 (key {@code lvzhi.audit.chain-secret}) over the entry's content and the previous
 * seal's hash. Sealing takes the lock of the chain's head row for a few milliseconds in a
 * transaction of its own, so it is serialized across threads and nodes on H2 and PostgreSQL alike
 * without holding any business transaction up; it runs on one background thread after every commit
 * that logged something, and in full before every check.
 * <p>
 * The check walks the seals in order and names every entry that was removed or changed, a seal that
 * was removed or altered, and a removed end of the chain.
 */
@Component
class AuditChain {

	static final String ZERO = "0".repeat(64);
	/** Entries this far below the last sealed one are still looked for by the quick sealing. */
	private static final int LATE_WINDOW = 1000;
	private static final Logger LOG = LoggerFactory.getLogger(AuditChain.class);
	/** The key when none is set: catches changes made without Lvzhi's source at hand, nothing more. */
	private static final String UNSET_KEY = "lvzhi-audit-chain-key-not-set";

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final byte[] key;
	private final Executor sealer;
	private final AtomicBoolean queued = new AtomicBoolean();

	@Autowired
	AuditChain(JdbcClient jdbc, PlatformTransactionManager transactions,
			@Value("${lvzhi.audit.chain-secret:}") String secret) {
		this(jdbc, transactions, secret, Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "audit-sealer");
			t.setDaemon(true);
			return t;
		}));
	}

	/** With the executor that seals after a commit (one thread, so sealers never queue on the lock). */
	AuditChain(JdbcClient jdbc, PlatformTransactionManager transactions, String secret, Executor sealer) {
		this.sealer = sealer;
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		if (secret == null || secret.isBlank()) {
			LOG.warn("lvzhi.audit.chain-secret (LVZHI_AUDIT_CHAIN_SECRET) is not set: the audit log's hash chain "
					+ "uses a key anybody with Lvzhi's source knows");
			secret = UNSET_KEY;
		}
		this.key = secret.getBytes(StandardCharsets.UTF_8);
	}

	/** Seals the entries of the current transaction once it has committed (at once outside one). */
	void sealAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					sealSoon();
				}
			});
		}
		else {
			sealSoon();
		}
	}

	private void sealSoon() {
		if (queued.compareAndSet(false, true)) {
			try {
				sealer.execute(() -> {
					queued.set(false);
					try {
						seal(false);
					}
					catch (RuntimeException e) {
						// The next sealing, or the check, seals what this one could not.
						LOG.debug("audit sealing postponed", e);
					}
				});
			}
			catch (java.util.concurrent.RejectedExecutionException e) {
				queued.set(false);
			}
		}
	}

	@PreDestroy
	void stop() {
		if (sealer instanceof ExecutorService service) {
			service.shutdownNow();
		}
	}

	/**
	 * Seals every committed entry not sealed yet.
	 * @param full look at the whole log, not only near its end
	 * @return how many entries were sealed
	 */
	int seal(boolean full) {
		Integer sealed = ownTransaction.execute(s -> {
			Head head = jdbc.sql("SELECT sealed, last_hash FROM audit_chain WHERE id = 1 FOR UPDATE")
				.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
				.single();
			long from = full ? Long.MIN_VALUE : lastSealedEntry() - LATE_WINDOW;
			List<Entry> pending = jdbc.sql("""
					SELECT * FROM audit_entry e WHERE e.id > :from
					AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id)
					ORDER BY e.id""")
				.param("from", from)
				.query(AuditChain::entry)
				.list();
			long seq = head.sealed();
			String prev = head.lastHash();
			for (Entry e : pending) {
				seq++;
				String hash = hash(prev, e);
				jdbc.sql("INSERT INTO audit_seal (seq, entry_id, prev_hash, hash) VALUES (?, ?, ?, ?)")
					.params(seq, e.id(), prev, hash)
					.update();
				prev = hash;
			}
			if (!pending.isEmpty()) {
				jdbc.sql("UPDATE audit_chain SET sealed = ?, last_hash = ? WHERE id = 1").params(seq, prev).update();
			}
			return pending.size();
		});
		return sealed == null ? 0 : sealed;
	}

	private long lastSealedEntry() {
		return jdbc.sql("SELECT COALESCE(MAX(entry_id), 0) FROM audit_seal").query(Long.class).single();
	}

	/** What the check found: nothing when the log is whole. */
	record Report(long sealed, List<Problem> problems) {

		boolean intact() {
			return problems.isEmpty();
		}

		Problem first() {
			return problems.isEmpty() ? null : problems.getFirst();
		}
	}

	/**
	 * One finding of the check.
	 * @param kind {@code changed} (the entry no longer matches its seal), {@code removed} (the
	 *     sealed entry is gone), {@code sealRemoved} (seals are missing before this one),
	 *     {@code sealChanged} (the link to the previous seal is broken), {@code tailRemoved} (the
	 *     chain ends before its head says)
	 * @param seq the seal's position in the chain
	 * @param entryId the entry concerned, or {@code null}
	 */
	record Problem(String kind, long seq, Long entryId) {
	}

	/** Seals what is pending, then checks the whole chain. */
	Report check() {
		seal(true);
		List<Problem> problems = new ArrayList<>();
		long[] position = { 0 };
		String[] prev = { ZERO };
		try (var rows = jdbc.sql("""
				SELECT s.seq, s.entry_id, s.prev_hash, s.hash, e.id AS id, e.occurred_at, e.actor, e.action,
				       e.subject_type, e.subject_id, e.summary, e.before_state, e.after_state
				FROM audit_seal s LEFT JOIN audit_entry e ON e.id = s.entry_id
				ORDER BY s.seq""").query((rs, n) -> {
			long seq = rs.getLong("seq");
			long entryId = rs.getLong("entry_id");
			String prevHash = rs.getString("prev_hash");
			String hash = rs.getString("hash");
			rs.getLong("id");
			Entry entry = rs.wasNull() ? null : entry(rs, n);
			return new Object[] { seq, entryId, prevHash, hash, entry };
		}).stream()) {
			rows.forEach(row -> {
				long seq = (Long) row[0];
				long entryId = (Long) row[1];
				String prevHash = (String) row[2];
				String hash = (String) row[3];
				Entry entry = (Entry) row[4];
				if (seq != position[0] + 1) {
					problems.add(new Problem("sealRemoved", seq, entryId));
				}
				else if (!prevHash.equals(prev[0])) {
					problems.add(new Problem("sealChanged", seq, entryId));
				}
				if (entry == null) {
					problems.add(new Problem("removed", seq, entryId));
				}
				else if (!hash(prevHash, entry).equals(hash)) {
					problems.add(new Problem("changed", seq, entryId));
				}
				position[0] = seq;
				prev[0] = hash;
			});
		}
		Head head = jdbc.sql("SELECT sealed, last_hash FROM audit_chain WHERE id = 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		if (head.sealed() != position[0] || !head.lastHash().equals(prev[0])) {
			problems.add(new Problem("tailRemoved", head.sealed(), null));
		}
		return new Report(position[0], List.copyOf(problems));
	}

	private record Head(long sealed, String lastHash) {
	}

	private record Entry(long id, OffsetDateTime occurredAt, String actor, String action, String subjectType,
			String subjectId, String summary, String before, String after) {
	}

	private static Entry entry(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
				rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("summary"),
				rs.getString("before_state"), rs.getString("after_state"));
	}

	private String hash(String prev, Entry e) {
		StringBuilder text = new StringBuilder(prev);
		for (Object field : new Object[] { e.id(), e.occurredAt() == null ? null : e.occurredAt().toInstant(), e.actor(),
				e.action(), e.subjectType(), e.subjectId(), e.summary(), e.before(), e.after() }) {
			if (field == null) {
				text.append("|-");
			}
			else {
				String value = field.toString();
				text.append('|').append(value.length()).append(':').append(value);
			}
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
