package org.lvzhi.deadlines;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the schedule shipped with the application: {@code deadlines/chinese-days.json} from the
 * chinese-days package (MIT), whose values read {@code "English name,中文名,n"}.
 */
final class BundledCalendar {

	static final String RESOURCE = "deadlines/chinese-days.json";

	private BundledCalendar() {
	}

	static Schedule read(JsonMapper json) {
		Map<String, Map<String, String>> file;
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			file = json.readValue(in, new TypeReference<Map<String, Map<String, String>>>() {
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException("The bundled calendar " + RESOURCE + " cannot be read", e);
		}
		List<CalendarDay> days = new ArrayList<>();
		file.getOrDefault("holidays", Map.of()).forEach((date, value) -> days.add(day(date, DayKind.DAY_OFF, value)));
		file.getOrDefault("workdays", Map.of()).forEach((date, value) -> days.add(day(date, DayKind.WORKING_DAY, value)));
		return Schedule.of(days);
	}

	private static CalendarDay day(String date, DayKind kind, String value) {
		int first = value.indexOf(',');
		int last = value.lastIndexOf(',');
		String english = value.substring(0, first);
		String chinese = last > first ? value.substring(first + 1, last) : value.substring(first + 1);
		return CalendarDay.of(LocalDate.parse(date), kind, chinese, english);
	}
}
