package org.lvzhi.platform;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The codes signed-in members of the public got for their submissions, kept per account by the
 * public forms' guard ({@link AbuseControl.Outcome#tracked}); the public door resolves each through
 * the modules' {@link PublicDoor}s. An anonymous sender's codes are never kept anywhere but with her.
 */
@Component
public class SubmittedCodes {

	private final JdbcClient jdbc;
	private final Clock clock;

	SubmittedCodes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void remember(long account, String code) {
		try {
			jdbc.sql("INSERT INTO platform_submitted_code (account_id, code, submitted_at) VALUES (?, ?, ?)")
				.params(account, code, LocalDateTime.now(clock)).update();
		}
		catch (DuplicateKeyException e) {
			// The same code sent again is the same submission.
		}
	}

	/** The account's codes, the latest first. */
	@Transactional(readOnly = true)
	public List<String> of(long account, int limit) {
		return jdbc.sql("SELECT code FROM platform_submitted_code WHERE account_id = ? ORDER BY submitted_at DESC, code LIMIT ?")
			.params(account, limit).query(String.class).list();
	}
}
