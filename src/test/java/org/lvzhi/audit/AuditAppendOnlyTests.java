package org.lvzhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.platform.ClientHashes;
import org.lvzhi.platform.DatabaseRoles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * On PostgreSQL the application's runtime role, granted what {@link DatabaseRoles} grants it after
 * every migration, writes the action log and seals it, but may not change, delete or truncate an
 * entry or a seal: the log is append-only in the database, not only by convention.
 */
@IntegrationTest
class AuditAppendOnlyTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	DatabaseRoles roles;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Autowired
	ClientHashes clients;

	@Value("${lvzhi.audit.chain-secret:}")
	String chainSecret;

	@Test
	void theRuntimeRoleInsertsAndReadsTheLogButNeverChangesOrRemovesIt() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			assumeTrue(connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres"),
					"roles are PostgreSQL's");
			connection.setAutoCommit(true);
			String role = query(connection, "SELECT current_database()") + "_runtime";
			try (Statement st = connection.createStatement()) {
				if (query(connection, "SELECT rolname FROM pg_roles WHERE rolname = '" + role + "'") == null) {
					st.execute("CREATE ROLE \"" + role + "\" NOLOGIN");
				}
			}
			DatabaseRoles.grant(connection, role, roles.appendOnlyTables());
			try (Statement st = connection.createStatement()) {
				st.execute("SET ROLE \"" + role + "\"");
			}
			try {
				assertThat(query(connection, "SELECT current_user")).isEqualTo(role);
				SingleConnectionDataSource asRuntime = new SingleConnectionDataSource(connection, true);
				JdbcClient runtimeJdbc = JdbcClient.create(asRuntime);
				AuditChain runtimeChain = new AuditChain(runtimeJdbc, new DataSourceTransactionManager(asRuntime), chainSecret,
						Runnable::run);
				AuditRecorder recorder = new AuditRecorder(runtimeJdbc, json, clock, clients, runtimeChain);
				try {
					// The application's writes work: an entry, and its seal in the chain.
					recorder.on(AuditEvent.created("test.runtime.wrote", "RuntimeRole", 1, "运行角色写入", null));
					long id = runtimeJdbc.sql("SELECT MAX(id) FROM audit_entry WHERE action = 'test.runtime.wrote'").query(Long.class).single();
					runtimeChain.seal(true);
					assertThat(runtimeJdbc.sql("SELECT COUNT(*) FROM audit_seal WHERE entry_id = ?").param(id).query(Long.class).single())
						.isEqualTo(1);

					// Changing, removing or truncating is refused by the database itself.
					for (String sql : new String[] { "UPDATE audit_entry SET summary = 'x' WHERE id = " + id,
							"DELETE FROM audit_entry WHERE id = " + id, "TRUNCATE audit_entry",
							"UPDATE audit_seal SET hash = 'x' WHERE entry_id = " + id,
							"DELETE FROM audit_seal WHERE entry_id = " + id,
							"DELETE FROM flyway_schema_history" }) {
						assertThatThrownBy(() -> {
							try (Statement st = connection.createStatement()) {
								st.execute(sql);
							}
						}).as(sql).isInstanceOfSatisfying(SQLException.class,
								e -> assertThat(e.getSQLState()).isEqualTo("42501"));
					}
					// Other tables stay the application's to change.
					try (Statement st = connection.createStatement()) {
						st.execute("UPDATE audit_chain SET sealed = sealed WHERE id = 1");
					}
				}
				finally {
					runtimeChain.stop();
				}
			}
			finally {
				try (Statement st = connection.createStatement()) {
					st.execute("RESET ROLE");
				}
			}
		}
	}

	private static String query(Connection connection, String sql) throws SQLException {
		try (Statement st = connection.createStatement(); var rs = st.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}
}
