package org.lvzhi.dutyrecords;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.SittingCommands;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.meetings.Sittings;
import org.lvzhi.meetings.sittings.SittingFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Attendance at the standing committee's sittings, recorded through the meetings module, becomes
 * duty-record lines: attended for those present, leave for those on leave, nothing for the absent;
 * a correction replaces the lines, and a rebuild brings back the same lines through the meetings
 * module's read facade.
 */
@IntegrationTest
class SittingAttendanceDutyTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	DutyRecords records;
	@Autowired
	SittingCommands commands;
	@Autowired
	Sittings sittings;

	private List<DutyEntry> lines(PersonId member, SittingId sitting) {
		return records.entriesOf(member, SittingFixture.DAY.withDayOfYear(1), SittingFixture.DAY.withMonth(12).withDayOfMonth(31),
				RecordSittings.SITTING).stream().filter(e -> e.sourceId() == sitting.value()).toList();
	}

	@Test
	void membersPresentAttendedTheSittingThoseOnLeaveAreOnLeaveAndACorrectionReplacesTheLine() {
		SittingFixture f = new SittingFixture(context);
		SittingId id = f.held(SittingFixture.DAY, 3);
		List<PersonId> members = f.members();
		commands.attendance(id, members.get(3), false);
		f.absent(id, members.get(4));
		SittingView s = sittings.get(id).orElseThrow();

		List<DutyEntry> attended = lines(members.get(0), id);
		assertThat(attended).singleElement().satisfies(e -> {
			assertThat(e.kind()).isEqualTo(DutyKind.SITTING_ATTENDED);
			assertThat(e.occurredOn()).isEqualTo(SittingFixture.DAY);
			assertThat(e.sourceModule()).isEqualTo("meetings");
			assertThat(e.title()).isEqualTo("第" + s.term() + "届常委会第" + s.number() + "次会议");
		});
		assertThat(lines(members.get(2), id)).extracting(DutyEntry::kind).containsExactly(DutyKind.SITTING_ATTENDED);
		assertThat(lines(members.get(3), id)).extracting(DutyEntry::kind).containsExactly(DutyKind.SITTING_LEAVE);
		assertThat(lines(members.get(4), id)).isEmpty();

		// Recorded absent after all: the line goes; present after leave: attended instead of leave.
		f.absent(id, members.get(0));
		f.present(id, members.get(3));
		assertThat(lines(members.get(0), id)).isEmpty();
		assertThat(lines(members.get(3), id)).extracting(DutyEntry::kind).containsExactly(DutyKind.SITTING_ATTENDED);
	}

	@Test
	void theRebuildReplaysTheAttendanceThroughTheMeetingsReadsAndGivesTheSameLines() {
		SittingFixture f = new SittingFixture(context);
		SittingId id = f.held(SittingFixture.DAY, 2);
		List<PersonId> members = f.members();
		commands.attendance(id, members.get(2), false);
		List<List<DutyEntry>> before = members.subList(0, 4).stream().map(m -> lines(m, id)).toList();
		assertThat(before.get(0)).hasSize(1);
		assertThat(before.get(2)).hasSize(1);
		assertThat(before.get(3)).isEmpty();

		context.getBean(RebuildDutyRecords.class).rebuild();

		List<List<DutyEntry>> after = members.subList(0, 4).stream().map(m -> lines(m, id)).toList();
		assertThat(after).hasSameSizeAs(before);
		for (int i = 0; i < before.size(); i++) {
			assertThat(after.get(i)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id")
				.containsExactlyInAnyOrderElementsOf(before.get(i));
		}
	}
}
