package org.lvzhi.deadlines;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar tables. Callers hold the transaction. */
@Repository
class CalendarStore {

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;

	CalendarStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	Set<Integer> loadedYears() {
		return new TreeSet<>(jdbc.sql("SELECT calendar_year FROM deadlines_calendar_year").query(Integer.class).list());
	}

	List<CalendarDay> allDays() {
		return jdbc.sql("""
				SELECT calendar_date, calendar_year, kind, name_zh, name_en
				FROM deadlines_calendar_day ORDER BY calendar_date""")
			.query((rs, n) -> new CalendarDay(rs.getObject("calendar_date", LocalDate.class), rs.getInt("calendar_year"),
					DayKind.valueOf(rs.getString("kind")), rs.getString("name_zh"), rs.getString("name_en")))
			.list();
	}

	List<YearSource> sources() {
		return jdbc.sql("""
				SELECT calendar_year, source, loaded_by, loaded_at, file_name, days_off, working_days
				FROM deadlines_calendar_year ORDER BY calendar_year DESC""")
			.query((rs, n) -> new YearSource(rs.getInt("calendar_year"), CalendarSource.valueOf(rs.getString("source")),
					rs.getString("loaded_by"), rs.getObject("loaded_at", OffsetDateTime.class),
					rs.getString("file_name"), rs.getInt("days_off"), rs.getInt("working_days")))
			.list();
	}

	/**
	 * Puts a year's schedule in place of whatever was there. A date listed again here is taken from
	 * the schedule that listed it before: the newer publication wins.
	 */
	void replaceYear(YearSource year, Collection<CalendarDay> days) {
		jdbc.sql("DELETE FROM deadlines_calendar_day WHERE calendar_year = :year").param("year", year.year()).update();
		if (!days.isEmpty()) {
			jdbc.sql("DELETE FROM deadlines_calendar_day WHERE calendar_date IN (:dates)")
				.param("dates", days.stream().map(CalendarDay::date).toList())
				.update();
		}
		jdbc.sql("DELETE FROM deadlines_calendar_year WHERE calendar_year = :year").param("year", year.year()).update();
		jdbc.sql("""
				INSERT INTO deadlines_calendar_year (calendar_year, source, loaded_by, loaded_at, file_name, days_off, working_days)
				VALUES (:year, :source, :by, :at, :file, :off, :working)""")
			.param("year", year.year())
			.param("source", year.source().name())
			.param("by", year.loadedBy())
			.param("at", year.loadedAt())
			.param("file", year.fileName())
			.param("off", year.daysOff())
			.param("working", year.workingDays())
			.update();
		batch.batchUpdate("""
				INSERT INTO deadlines_calendar_day (calendar_date, calendar_year, kind, name_zh, name_en)
				VALUES (:date, :year, :kind, :zh, :en)""", days.stream().map(CalendarStore::row)
			.toArray(SqlParameterSource[]::new));
	}

	private static SqlParameterSource row(CalendarDay day) {
		return new MapSqlParameterSource(Map.of("date", day.date(), "year", day.scheduleYear(), "kind",
				day.kind().name(), "zh", day.nameZh()))
			.addValue("en", day.nameEn());
	}
}
