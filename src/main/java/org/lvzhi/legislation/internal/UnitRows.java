package org.lvzhi.legislation.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.IntStream;

import org.lvzhi.legislation.text.Unit;
import org.lvzhi.legislation.text.UnitKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Units of a text stored one row each, in the library ({@code legislation_law_unit}) and in
 * drafts ({@code legislation_draft_unit}): written in one batch, read back in order.
 */
public final class UnitRows {

	private final String table;
	private final String owner;

	private UnitRows(String table, String owner) {
		this.table = table;
		this.owner = owner;
	}

	public static final UnitRows LAW = new UnitRows("legislation_law_unit", "law_id");
	public static final UnitRows DRAFT = new UnitRows("legislation_draft_unit", "draft_id");

	public void insert(JdbcTemplate jdbc, long ownerId, List<Unit> units) {
		jdbc.batchUpdate("INSERT INTO " + table + " (" + owner
				+ ", seq, kind, gap, markup, label, ordinal, sep, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
				IntStream.range(0, units.size()).boxed().toList(), 500,
				(PreparedStatement ps, Integer seq) -> set(ps, ownerId, seq, units.get(seq)));
	}

	private static void set(PreparedStatement ps, long ownerId, int seq, Unit u) throws SQLException {
		ps.setLong(1, ownerId);
		ps.setInt(2, seq);
		ps.setString(3, u.kind().name());
		ps.setString(4, u.gap());
		ps.setString(5, u.markup());
		ps.setString(6, u.label());
		ps.setInt(7, u.ordinal());
		ps.setString(8, u.separator());
		ps.setString(9, u.body());
	}

	public List<Unit> read(JdbcClient jdbc, long ownerId) {
		return jdbc.sql("SELECT kind, gap, markup, label, ordinal, sep, body FROM " + table + " WHERE " + owner
				+ " = ? ORDER BY seq")
			.param(ownerId)
			.query((rs, n) -> new Unit(UnitKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getInt(5), rs.getString(6), rs.getString(7)))
			.list();
	}
}
