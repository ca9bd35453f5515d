package org.lvzhi.deadlines;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lvzhi.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator uploads the schedule the State Council published (an .ics file). The file is read
 * whole before anything is written; each year it lists then replaces the stored year, all in one
 * transaction, with an audit entry giving the counts before and after.
 */
@Service
class UploadCalendar {

	static final int MAX_BYTES = 1_000_000;

	private final CalendarStore store;
	private final ScheduleWriter writer;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	UploadCalendar(CalendarStore store, ScheduleWriter writer, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.writer = writer;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param actor the username of the administrator
	 * @throws DeadlineException when the file is empty, too large, not UTF-8 or not a schedule
	 */
	@Transactional
	public List<YearCount> upload(String fileName, byte[] content, String actor) {
		Schedule schedule = IcsParser.parse(decode(content), clock.getZone());
		String name = cleanName(fileName);
		Map<Integer, YearSource> earlier = store.sources().stream()
			.filter(s -> schedule.years().containsKey(s.year()))
			.collect(Collectors.toMap(YearSource::year, Function.identity()));
		List<YearCount> counts = writer.write(schedule, CalendarSource.UPLOADED, actor, name);
		Map<Integer, Object> before = new LinkedHashMap<>();
		Map<Integer, Object> after = new LinkedHashMap<>();
		for (YearCount count : counts) {
			YearSource was = earlier.get(count.year());
			before.put(count.year(), was == null ? null
					: Map.of("source", was.source(), "daysOff", was.daysOff(), "makeUpWorkingDays", was.workingDays()));
			after.put(count.year(), Map.of("source", CalendarSource.UPLOADED, "daysOff", count.daysOff(),
					"makeUpWorkingDays", count.makeUpWorkingDays(), "workingDays", count.workingDays()));
		}
		String years = counts.stream().map(c -> String.valueOf(c.year())).collect(Collectors.joining(","));
		events.publishEvent(AuditEvent.changed("deadlines.calendar.uploaded", "CalendarYear", truncate(years, 64),
				"Schedule uploaded from " + name + " for " + years, before, after));
		return counts;
	}

	private static String decode(byte[] content) {
		if (content == null || content.length == 0) {
			throw new DeadlineException("deadlines.upload.error.noFile");
		}
		if (content.length > MAX_BYTES) {
			throw new DeadlineException("deadlines.upload.error.tooLarge", MAX_BYTES / 1000);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new DeadlineException("deadlines.upload.error.encoding");
		}
	}

	private static String cleanName(String fileName) {
		if (fileName == null || fileName.isBlank()) {
			return "calendar.ics";
		}
		String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
		return truncate(base, 255);
	}

	private static String truncate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
