package org.lvzhi.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Two database users on PostgreSQL: the migration role ({@code spring.flyway.user}) owns the schema
 * and runs Flyway; the runtime role ({@code lvzhi.database.runtime-role}, by default the
 * application's {@code spring.datasource.username}) gets, after every migration, the rights to read
 * and write the tables, but only INSERT and SELECT on the {@link AppendOnlyTables} (the action log)
 * and on Flyway's history, and never TRUNCATE. Without a separate migration user (the two names
 * are the same) nothing is granted and the application owns its tables; H2 has no roles.
 */
@Component
public class DatabaseRoles implements Callback {

	private static final Logger LOG = LoggerFactory.getLogger(DatabaseRoles.class);

	private final String runtimeRole;
	private final ObjectProvider<AppendOnlyTables> appendOnly;

	DatabaseRoles(@Value("${lvzhi.database.runtime-role:${spring.datasource.username:}}") String runtimeRole,
			ObjectProvider<AppendOnlyTables> appendOnly) {
		this.runtimeRole = runtimeRole;
		this.appendOnly = appendOnly;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			Connection connection = context.getConnection();
			if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
				return;
			}
			String migrationUser = query(connection, "SELECT current_user");
			if (runtimeRole == null || runtimeRole.isBlank() || runtimeRole.equals(migrationUser)) {
				LOG.warn("Lvzhi runs on PostgreSQL as the owner of its tables ({}): the action log is append-only "
						+ "only by convention; set a separate migration user (README, On PostgreSQL)", migrationUser);
				return;
			}
			grant(connection, runtimeRole, appendOnlyTables());
		}
		catch (SQLException e) {
			throw new IllegalStateException("granting the runtime role " + runtimeRole + " failed", e);
		}
	}

	/** The append-only tables every module declared, with Flyway's history. */
	public List<String> appendOnlyTables() {
		List<String> names = new ArrayList<>();
		appendOnly.orderedStream().forEach(t -> names.addAll(t.names()));
		names.add("flyway_schema_history");
		return names;
	}

	/**
	 * Grants the runtime role what it may do in the connection's current schema: read and write
	 * every table and sequence, but only insert into and read the append-only tables.
	 */
	public static void grant(Connection connection, String role, Collection<String> appendOnlyTables) throws SQLException {
		String schema = quote(query(connection, "SELECT current_schema()"));
		String grantee = quote(role);
		try (Statement st = connection.createStatement()) {
			st.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + grantee);
			st.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + grantee);
			st.execute("REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA " + schema + " FROM " + grantee);
			st.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + grantee);
			for (String table : appendOnlyTables) {
				if (query(connection, "SELECT to_regclass('" + table.replace("'", "''") + "')::text") != null) {
					st.execute("REVOKE UPDATE, DELETE, TRUNCATE ON " + schema + "." + quote(table) + " FROM " + grantee);
				}
			}
		}
		LOG.info("PostgreSQL role {} may read and write the tables of {}, and only insert into {}", role, schema,
				appendOnlyTables);
	}

	private static String query(Connection connection, String sql) throws SQLException {
		try (Statement st = connection.createStatement(); var rs = st.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	@Override
	public String getCallbackName() {
		return "lvzhi-database-roles";
	}
}
