package org.lvzhi.deadlines;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The working-day calendar as an .ics file, for the same people who see the calendar page. */
@Controller
@PreAuthorize("hasAnyRole('STAFF','MEMBER','DEPUTY','UNIT','ADMIN')")
class CalendarFeedController {

	private final WorkingDayCalendar calendar;
	private final MessageSource messages;
	private final Clock clock;

	CalendarFeedController(WorkingDayCalendar calendar, MessageSource messages, Clock clock) {
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/calendar.ics")
	ResponseEntity<byte[]> ics(Locale locale) {
		String name = messages.getMessage("deadlines.ics.name", null, locale);
		byte[] body = IcsFeed.write(calendar.snapshot(), name, clock.instant()).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(IcsFeed.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("calendar.ics").build().toString())
			.cacheControl(CacheControl.noCache())
			.body(body);
	}
}
