package org.lvzhi.dutyrecords;

import java.sql.Date;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the projection. Every write replaces what one source record contributed for some kinds,
 * so that an event delivered twice, or a correction of an earlier event, leaves exactly one set
 * of lines behind.
 */
@Component
class DutyEntryWriter {

	private static final int TITLE_LENGTH = 300;

	private final JdbcClient jdbc;
	private final JdbcTemplate template;
	private final Clock clock;

	DutyEntryWriter(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	/**
	 * Removes what the source contributed for the given kinds and writes the new lines in their
	 * place; a deputy appearing twice for one kind counts once.
	 */
	void replace(DutySource source, Collection<DutyKind> kinds, List<DutyLine> lines) {
		jdbc.sql("DELETE FROM dutyrecords_entry WHERE source_type = :type AND source_id = :id AND kind IN (:kinds)")
			.param("type", source.type())
			.param("id", source.id())
			.param("kinds", kinds.stream().map(Enum::name).toList())
			.update();
		Set<String> seen = new HashSet<>();
		List<Object[]> rows = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now(clock);
		for (DutyLine line : lines) {
			if (!kinds.contains(line.kind()) || !seen.add(line.personId() + ":" + line.kind())) {
				continue;
			}
			rows.add(new Object[] { line.personId(), line.kind().name(), Date.valueOf(line.occurredOn()), line.quantity(),
					source.module(), source.type(), source.id(), line.reference(), clip(line.title()), now });
		}
		if (!rows.isEmpty()) {
			template.batchUpdate("""
					INSERT INTO dutyrecords_entry (person_id, kind, occurred_on, quantity, source_module, source_type,
					source_id, reference, title, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		}
	}

	/** The title an earlier line of the same source carries, e.g. the subject of a collected opinion. */
	String titleOf(DutySource source) {
		return jdbc.sql("SELECT title FROM dutyrecords_entry WHERE source_type = :type AND source_id = :id"
				+ " AND title IS NOT NULL ORDER BY id LIMIT 1")
			.param("type", source.type())
			.param("id", source.id())
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static String clip(String title) {
		if (title == null) {
			return null;
		}
		String t = title.strip();
		return t.length() > TITLE_LENGTH ? t.substring(0, TITLE_LENGTH) : t;
	}
}
