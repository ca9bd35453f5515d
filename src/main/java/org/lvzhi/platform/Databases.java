package org.lvzhi.platform;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** What kind of database the application runs on. */
public final class Databases {

	private Databases() {
	}

	/** Whether it is the embedded H2 database (the default of {@code bin/run}) rather than a server. */
	public static boolean isEmbedded(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot tell which database this is", e);
		}
	}
}
