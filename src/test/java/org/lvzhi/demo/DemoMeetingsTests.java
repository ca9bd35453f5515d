package org.lvzhi.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.AgendaItemId;
import org.lvzhi.meetings.SittingCommands;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.Sittings;
import org.lvzhi.platform.SittingItem;
import org.lvzhi.platform.SittingItems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo world's sittings vote through the voting service with every present member's ballot,
 * and its council meetings record their members' attendance; the step that votes on each nominee
 * works on whatever agenda items a module links.
 */
@IntegrationTest
class DemoMeetingsTests {

	@Autowired
	JdbcClient jdbc;
	@Autowired
	DemoVotes votes;
	@Autowired
	SittingCommands commands;
	@Autowired
	Sittings sittings;
	@Autowired
	Directory directory;
	@Autowired
	Deadlines deadlines;
	@Autowired
	List<SittingItems> contributors;

	@Test
	void theResolutionsOf2023WereAdoptedByRollCallVotesWithEveryPresentMembersBallot() {
		List<Long> items = jdbc.sql("""
				SELECT i.id FROM meetings_agenda_item i JOIN meetings_sitting s ON s.id = i.sitting_id
				WHERE s.kind = 'STANDING_COMMITTEE' AND s.held_on >= DATE '2023-01-01' AND s.held_on < DATE '2024-01-01'
				AND i.kind_key IN ('meetings.item.RESOLUTION', 'meetings.item.DECISION')""").query(Long.class).list();
		assertThat(items).hasSize(3);
		for (long item : items) {
			var vote = jdbc.sql("SELECT id, secret, passed, cast_count, present, closed_on FROM meetings_vote WHERE item_id = ? AND state = 'CLOSED'")
				.param(item).query((rs, n) -> new Object[] { rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3), rs.getInt(4),
						rs.getInt(5), rs.getObject(6, LocalDate.class) })
				.single();
			assertThat((Boolean) vote[1]).as("open roll-call").isFalse();
			assertThat((Boolean) vote[2]).as("passed").isTrue();
			assertThat((Integer) vote[3]).as("every present member voted").isEqualTo((Integer) vote[4]);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM meetings_open_ballot WHERE vote_id = ?").param(vote[0])
				.query(Integer.class).single()).isEqualTo((Integer) vote[3]);
			assertThat(((LocalDate) vote[5]).getYear()).as("dated on the sitting's day").isEqualTo(2023);
			assertThat(jdbc.sql("SELECT decision FROM meetings_agenda_item WHERE id = ?").param(item).query(String.class)
				.single()).isEqualTo("ADOPTED");
		}
	}

	@Test
	void everyCouncilMeetingOf2023RecordsItsMembersAttendance() {
		List<Integer> recorded = jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM meetings_attendance a WHERE a.sitting_id = s.id) FROM meetings_sitting s
				WHERE s.kind = 'CHAIRPERSONS' AND s.held_on >= DATE '2023-01-01' AND s.held_on < DATE '2024-01-01'""")
			.query(Integer.class).list();
		assertThat(recorded).hasSize(25).allSatisfy(n -> assertThat(n).isPositive());
	}

	@Test
	void eachLinkedItemOfASittingIsVotedOnBySecretBallot() {
		LocalDate today = deadlines.today();
		SittingItem due = contributors.stream().flatMap(c -> c.upcoming(today).stream())
			.filter(i -> i.link() != null && i.link().startsWith("/oversight/") && (i.atSitting() || i.date() == null))
			.findFirst().orElse(null);
		assumeTrue(due != null, "an oversight item waits for a sitting");
		SittingId id = commands.plan(SittingKind.STANDING_COMMITTEE, 70 + (int) (System.nanoTime() % 9), null,
				today.plusDays(30), "常委会会议室");
		commands.notifyMembers(id, null);
		commands.open(id);
		List<PersonId> members = directory.standingCommitteeMembersOn(today.plusDays(30));
		List<PersonId> present = new ArrayList<>(members.subList(0, members.size() - 1));
		present.forEach(m -> commands.attendance(id, m, true));
		AgendaItemId linked = commands.addDue(id, due.link());
		commands.addFree(id, "OTHER", "其他事项");
		List<AgendaItemId> decided = new ArrayList<>();
		int voted = votes.secretOnLinked(id, due.link(), present, new Random(7), (item, passed) -> {
			commands.decide(item, passed ? "ADOPTED" : "NOT_ADOPTED");
			decided.add(item);
		});
		assertThat(voted).isEqualTo(1);
		assertThat(decided).containsExactly(linked);
		assertThat(sittings.agendaLinks(id)).containsOnlyKeys(linked);
		var vote = jdbc.sql("SELECT id, secret, cast_count FROM meetings_vote WHERE item_id = ? AND state = 'CLOSED'")
			.param(linked.value()).query((rs, n) -> new Object[] { rs.getLong(1), rs.getBoolean(2), rs.getInt(3) }).single();
		assertThat((Boolean) vote[1]).isTrue();
		assertThat((Integer) vote[2]).isEqualTo(present.size());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM meetings_secret_ballot WHERE vote_id = ?").param(vote[0])
			.query(Integer.class).single()).isEqualTo(present.size());
		assertThat(votes.secretOnLinked(id, DemoVotes.APPOINTMENTS, present, new Random(7), (item, passed) -> {
		})).as("no appointments module, no nominee").isZero();
	}
}
