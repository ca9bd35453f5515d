package org.lvzhi.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Shows a stored moment as the committee's wall-clock time, in the one zone of the {@link Clock}
 * bean, whatever zone the database or the server answers in. Templates call it as
 * {@code ${@times.minute(x)}} or {@code ${@times.second(x)}}; a {@link LocalDateTime} is taken as
 * already local.
 */
@Component("times")
public class LocalTimes {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final ZoneId zone;

	LocalTimes(Clock clock) {
		this.zone = clock.getZone();
	}

	public ZoneId zone() {
		return zone;
	}

	/** The moment as local date and time, or {@code null}. */
	public LocalDateTime local(Object moment) {
		return switch (moment) {
			case null -> null;
			case Instant i -> LocalDateTime.ofInstant(i, zone);
			case OffsetDateTime o -> o.atZoneSameInstant(zone).toLocalDateTime();
			case ZonedDateTime z -> z.withZoneSameInstant(zone).toLocalDateTime();
			case LocalDateTime l -> l;
			case java.util.Date d -> LocalDateTime.ofInstant(d.toInstant(), zone);
			default -> throw new IllegalArgumentException("not a moment: " + moment.getClass().getName());
		};
	}

	/** {@code yyyy-MM-dd HH:mm}, or an empty text for {@code null}. */
	public String minute(Object moment) {
		LocalDateTime local = local(moment);
		return local == null ? "" : local.format(MINUTE);
	}

	/** {@code yyyy-MM-dd HH:mm:ss}, or an empty text for {@code null}. */
	public String second(Object moment) {
		LocalDateTime local = local(moment);
		return local == null ? "" : local.format(SECOND);
	}
}
