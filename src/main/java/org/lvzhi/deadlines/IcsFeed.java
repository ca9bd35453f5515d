package org.lvzhi.deadlines;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The loaded calendar as iCalendar, written with ical4j, for other calendars to import or subscribe
 * to: every day off and make-up working day an all-day event, its SUMMARY in the form the upload
 * reads ({@code 春节(休)}, {@code 春节(班)}) so that the file can be uploaded again, and its UID
 * stable per day ({@code 20240210@calendar.lvzhi}), so that a subscribing calendar updates an
 * event instead of adding it twice.
 */
final class IcsFeed {

	static final String CONTENT_TYPE = "text/calendar;charset=UTF-8";
	private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

	private IcsFeed() {
	}

	/**
	 * @param name the calendar's name shown by calendar programs
	 * @param stamp when the file is written (DTSTAMP)
	 */
	static String write(CalendarSnapshot snapshot, String name, Instant stamp) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Lvzhi//Working-day calendar//ZH"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new Name(name));
		calendar.add(new XProperty("X-WR-CALNAME", name));
		snapshot.days().values().stream().sorted(Comparator.comparing(CalendarDay::date)).forEach(day -> {
			String summary = day.nameZh() + (day.kind() == DayKind.DAY_OFF ? "(休)" : "(班)");
			VEvent event = new VEvent(day.date(), day.date().plusDays(1), summary);
			event.replace(new DtStamp(stamp));
			event.add(new Uid(day.date().format(BASIC) + "@calendar.lvzhi"));
			event.add(new Transp(Transp.VALUE_TRANSPARENT));
			calendar.add(event);
		});
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString();
	}
}
