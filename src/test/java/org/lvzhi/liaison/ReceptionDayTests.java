package org.lvzhi.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.PersonId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Reception days: announced at least three days ahead, attendance recorded on or after the day. */
@IntegrationTest
@RecordApplicationEvents
class ReceptionDayTests {

	static final LocalDate TODAY = LocalDate.of(2031, 5, 12);

	@Autowired
	ApplicationContext context;
	@Autowired
	ApplicationEvents events;

	LiaisonFixture fixture;
	PersonId a;
	PersonId b;
	PersonId c;
	StationId station;

	@BeforeEach
	void fixture() {
		fixture = new LiaisonFixture(context);
		a = fixture.deputy();
		b = fixture.deputy();
		c = fixture.deputy();
		station = fixture.station(a, b, c);
	}

	@Test
	void aReceptionDayIsAnnouncedAtLeastThreeDaysAhead() {
		ScheduleReceptionDay schedule = fixture.bean(ScheduleReceptionDay.class);
		assertThatThrownBy(() -> schedule.schedule(station, TODAY.plusDays(2), "09:00-11:30", "接待选民", List.of(a), TODAY))
			.isInstanceOfSatisfying(LiaisonException.class, e -> {
				assertThat(e.messageKey()).isEqualTo("liaison.error.announceAhead");
				assertThat(e.args()).containsExactly(3, TODAY.plusDays(3));
			});
		ReceptionDayId id = schedule.schedule(station, TODAY.plusDays(3), "09:00-11:30", "接待选民", List.of(a, b), TODAY);
		ReceptionDay day = fixture.bean(ReceptionDays.class).get(id).orElseThrow();
		assertThat(day.announcedOn()).isEqualTo(TODAY);
		assertThat(day.state()).isEqualTo(ReceptionDayState.SCHEDULED);
		assertThat(fixture.bean(ReceptionDays.class).announced(station, TODAY, 10)).extracting(ReceptionDay::id)
			.containsExactly(id);
		assertThat(fixture.bean(ReceptionDays.class).announced(station, TODAY.plusDays(4), 10)).isEmpty();
	}

	@Test
	void onlyTheStationsDeputiesAreScheduled() {
		PersonId stranger = fixture.deputy();
		assertThatThrownBy(() -> fixture.bean(ScheduleReceptionDay.class).schedule(station, TODAY.plusDays(5), null, null,
				List.of(a, stranger), TODAY)).isInstanceOfSatisfying(LiaisonException.class,
						e -> assertThat(e.messageKey()).isEqualTo("liaison.error.notStationDeputy"));
	}

	@Test
	void attendanceIsRecordedOnTheDayAndPublishedAsDutyVisits() {
		ReceptionDayId id = fixture.bean(ScheduleReceptionDay.class).schedule(station, TODAY.plusDays(3), null, "主题",
				List.of(a, b, c), TODAY);
		RecordReceptionDay record = fixture.bean(RecordReceptionDay.class);
		assertThatThrownBy(() -> record.record(id, 0, List.of(a), 5, TODAY))
			.isInstanceOfSatisfying(LiaisonException.class,
					e -> assertThat(e.messageKey()).isEqualTo("liaison.error.dayNotYetHeld"));
		PersonId stranger = fixture.deputy();
		assertThatThrownBy(() -> record.record(id, 0, List.of(a, stranger), 5, TODAY.plusDays(3)))
			.isInstanceOfSatisfying(LiaisonException.class,
					e -> assertThat(e.messageKey()).isEqualTo("liaison.error.notScheduledDeputy"));
		record.record(id, 0, List.of(a, c), 12, TODAY.plusDays(3));
		ReceptionDay day = fixture.bean(ReceptionDays.class).get(id).orElseThrow();
		assertThat(day.state()).isEqualTo(ReceptionDayState.RECORDED);
		assertThat(day.present()).containsExactlyInAnyOrder(a, c);
		assertThat(events.stream(ReceptionDayRecorded.class).filter(e -> e.day().equals(id))).singleElement()
			.satisfies(e -> {
				assertThat(e.station()).isEqualTo(station);
				assertThat(e.stationName()).isEqualTo(fixture.get(station).name());
				assertThat(e.heldOn()).isEqualTo(TODAY.plusDays(3));
				assertThat(e.deputiesPresent()).containsExactlyInAnyOrder(a, c);
				assertThat(e.constituentsReceived()).isEqualTo(12);
			});
		// A correction publishes the day again; the later event replaces the earlier one.
		record.record(id, 1, List.of(a), 10, TODAY.plusDays(4));
		assertThat(events.stream(ReceptionDayRecorded.class).filter(e -> e.day().equals(id))).hasSize(2).last()
			.satisfies(e -> assertThat(e.deputiesPresent()).containsExactly(a));
		assertThatThrownBy(() -> record.record(id, 1, List.of(a), 10, TODAY.plusDays(4)))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
	}
}
