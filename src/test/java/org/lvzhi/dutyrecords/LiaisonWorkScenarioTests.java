package org.lvzhi.dutyrecords;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.TestDatabaseConfig;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonalData;
import org.lvzhi.directory.RegisterPerson;
import org.lvzhi.liaison.ManageStations;
import org.lvzhi.liaison.ReceptionDayId;
import org.lvzhi.liaison.ReceptionDayRecorded;
import org.lvzhi.liaison.ReceptionDays;
import org.lvzhi.liaison.RecordReceptionDay;
import org.lvzhi.liaison.ScheduleReceptionDay;
import org.lvzhi.liaison.StationDetails;
import org.lvzhi.liaison.StationId;
import org.lvzhi.liaison.StationKind;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A reception day recorded at a liaison station becomes lines in the present deputies' duty records,
 * through the {@link ReceptionDayRecorded} event alone. Only the duty records and the modules they
 * depend on (liaison among them) are started, on a database of their own without the demo world: the
 * duty records depend on liaison, so a test placed in liaison would have to name every dependency of
 * the duty records as an extra include.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@TestPropertySource(properties = { "lvzhi.demo.enabled=false",
		"spring.datasource.url=${lvzhi.test.module-scenario.url}",
		"spring.flyway.schemas=${lvzhi.test.module-scenario.schemas}" })
@Import(TestDatabaseConfig.class)
class LiaisonWorkScenarioTests {

	private static final LocalDate HELD_ON = LocalDate.of(2031, 5, 12);

	private final RegisterPerson persons;
	private final ManageStations stations;
	private final ScheduleReceptionDay schedule;
	private final RecordReceptionDay record;
	private final ReceptionDays days;
	private final DutyRecords duties;

	LiaisonWorkScenarioTests(RegisterPerson persons, ManageStations stations, ScheduleReceptionDay schedule,
			RecordReceptionDay record, ReceptionDays days, DutyRecords duties) {
		this.persons = persons;
		this.stations = stations;
		this.schedule = schedule;
		this.record = record;
		this.days = days;
		this.duties = duties;
	}

	@Test
	void aRecordedReceptionDayCountsForThePresentDeputiesOnly(Scenario scenario) {
		PersonId came = deputy("场景代表甲");
		PersonId stayedAway = deputy("场景代表乙");
		StationId station = stations.register(new StationDetails("场景测试联络站", StationKind.STATION, "小店区",
				"坞城街道", "坞城路1号", "每周一上午", "站长", "0351-1234567"), List.of(came, stayedAway));
		ReceptionDayId day = schedule.schedule(station, HELD_ON, "9:00-11:30", "接待选民", List.of(came, stayedAway),
				HELD_ON.minusDays(30));
		int version = days.get(day).orElseThrow().version();

		scenario.stimulate(() -> record.record(day, version, List.of(came), 14, HELD_ON))
			.andWaitForEventOfType(ReceptionDayRecorded.class)
			.matching(e -> e.day().equals(day))
			.toArriveAndVerify(e -> {
				assertThat(e.constituentsReceived()).isEqualTo(14);
				List<DutyEntry> lines = duties.entriesOf(came, HELD_ON, HELD_ON,
						EnumSet.of(DutyKind.STATION_VISIT, DutyKind.CONSTITUENTS_RECEIVED));
				assertThat(lines).extracting(DutyEntry::kind, DutyEntry::quantity)
					.containsExactlyInAnyOrder(tuple(DutyKind.STATION_VISIT, 1), tuple(DutyKind.CONSTITUENTS_RECEIVED, 14));
				assertThat(duties.countEntries(stayedAway, HELD_ON, HELD_ON)).isZero();
			});
	}

	private PersonId deputy(String name) {
		return persons.register(new PersonDetails(name, Gender.FEMALE, "汉族", "教师", PersonalData.none()));
	}
}
