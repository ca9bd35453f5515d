package org.lvzhi.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The longest text each field may hold, declared once: by the length of its database column in
 * the module's migration. The server checks a value against it before writing ({@link #check}),
 * the form's {@code maxlength} reads it ({@code th:maxlength="${@fieldLimits.max('table.column')}"}),
 * and the refusal names it, so the three cannot drift apart. Read from
 * {@code information_schema.columns}, which H2 and PostgreSQL both answer.
 */
@Component("fieldLimits")
public class FieldLimits {

	private final JdbcClient jdbc;
	private volatile Map<String, Integer> lengths;

	FieldLimits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The length of column {@code table.column}.
	 * @throws IllegalArgumentException when there is no such column of bounded length, so that a
	 *         form naming a wrong column fails its tests
	 */
	public int max(String tableColumn) {
		Integer max = all().get(tableColumn.toLowerCase());
		if (max == null) {
			throw new IllegalArgumentException("No text column of bounded length: " + tableColumn);
		}
		return max;
	}

	/** The length of a column, empty when it is no text column of bounded length. */
	public OptionalInt length(String table, String column) {
		Integer max = all().get((table + "." + column).toLowerCase());
		return max == null ? OptionalInt.empty() : OptionalInt.of(max);
	}

	/**
	 * Refuses {@code value} when it is longer than column {@code table.column}.
	 * @return the value, to be written
	 * @throws FieldTooLong with the limit, the length and the value's beginning
	 */
	public String check(String tableColumn, String value) {
		int max = max(tableColumn);
		if (value != null && value.length() > max) {
			throw new FieldTooLong(max, value);
		}
		return value;
	}

	/** Every bounded text column, as {@code table.column} → length. */
	public Map<String, Integer> all() {
		Map<String, Integer> local = lengths;
		if (local == null) {
			Map<String, Integer> read = new HashMap<>();
			jdbc.sql("""
					SELECT table_name, column_name, character_maximum_length FROM information_schema.columns
					WHERE table_schema = CURRENT_SCHEMA AND character_maximum_length IS NOT NULL
					AND LOWER(data_type) IN ('character varying', 'varchar', 'character', 'char')""")
				.query((rs, n) -> read.put((rs.getString(1) + "." + rs.getString(2)).toLowerCase(), rs.getInt(3)))
				.list();
			lengths = local = Map.copyOf(read);
		}
		return local;
	}
}
