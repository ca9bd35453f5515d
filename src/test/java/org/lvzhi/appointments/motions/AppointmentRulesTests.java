package org.lvzhi.appointments.motions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lvzhi.IntegrationTest;
import org.lvzhi.appointments.AppointmentDesk;
import org.lvzhi.appointments.AppointmentKind;
import org.lvzhi.appointments.MotionId;
import org.lvzhi.appointments.NominationId;
import org.lvzhi.directory.AddMembership;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.MembershipView;
import org.lvzhi.directory.NewMembership;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.meetings.AgendaItemId;
import org.lvzhi.meetings.BallotForm;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.VoteClosed;
import org.lvzhi.meetings.VoteId;
import org.lvzhi.reporting.Figure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rules of appointments against the real database and the real voting service: a nominee passes
 * with more than half of all members, each person in a secret round of their own; the directory
 * changes only on success and on the day of the vote; bad motions are refused and write nothing.
 */
@IntegrationTest
class AppointmentRulesTests {

	@Autowired
	ApplicationContext context;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	AddMembership addMembership;
	@Autowired
	NominationVotes votes;
	@Autowired
	List<Figure> figures;

	private AppointmentFixture fixture() {
		return new AppointmentFixture(context);
	}

	private List<MembershipView> held(AppointmentFixture f, PersonId person) {
		return f.directory.membershipsOf(person);
	}

	@Test
	void aNomineePassesWithMoreThanHalfOfAllMembersAndOnlyThenTheDirectoryChangesOnTheVotesDay() {
		AppointmentFixture f = fixture();
		PersonId failing = f.newPerson();
		PersonId passing = f.newPerson();
		MotionId motion = f.scheduled(f.viceMayor(failing), f.viceMayor(passing));
		List<NominationId> nominations = f.desk.nominations(motion);
		SittingId sitting = f.sitting();
		int all = f.sittings.members().size();

		VoteClosed half = f.vote(sitting, nominations.get(0), all / 2);
		assertThat(half.passed()).as("half of all members is not more than half").isFalse();
		assertThat(f.row(nominations.get(0)).state()).isEqualTo(NominationState.FAILED);
		assertThat(held(f, failing)).as("a failed vote changes nothing").isEmpty();
		assertThat(f.store.load(motion).state()).isEqualTo(MotionState.SCHEDULED);

		VoteClosed majority = f.vote(sitting, nominations.get(1), all / 2 + 1);
		assertThat(majority.passed()).isTrue();
		NominationRow passed = f.row(nominations.get(1));
		assertThat(passed.state()).isEqualTo(NominationState.PASSED);
		assertThat(passed.yesVotes()).isEqualTo(all / 2 + 1);
		assertThat(passed.allMembers()).isEqualTo(all);
		assertThat(held(f, passing)).singleElement().satisfies(m -> {
			assertThat(m.organizationId()).isEqualTo(f.government());
			assertThat(m.role()).isEqualTo(MembershipRole.DEPUTY_HEAD);
			assertThat(m.label()).isEqualTo("副市长");
			assertThat(m.startDate()).as("from the day of the vote").isEqualTo(majority.closedOn());
			assertThat(m.endDate()).isNull();
		});
		assertThat(f.store.load(motion).state()).as("every person voted on").isEqualTo(MotionState.DECIDED);
	}

	@Test
	void eachPersonIsVotedOnInASecretRoundOfTheirOwnAndNoBallotIsKeptHere() {
		AppointmentFixture f = fixture();
		MotionId motion = f.scheduled(f.viceMayor(f.newPerson()), f.viceMayor(f.newPerson()));
		List<NominationId> nominations = f.desk.nominations(motion);
		SittingId sitting = f.sitting();
		AgendaItemId first = f.sittings.due(sitting, "/appointments/nominations/" + nominations.get(0).value());
		AgendaItemId second = f.sittings.due(sitting, "/appointments/nominations/" + nominations.get(1).value());
		assertThat(first).as("each person is an item of the agenda").isNotEqualTo(second);

		VoteId open = f.voting.open(first, false, BallotForm.APPROVAL);
		f.sittings.members().forEach(m -> f.voting.cast(open, m, "YES"));
		assertThatThrownBy(() -> f.voting.close(open, null)).hasMessage("appointments.error.secretOnly");
		assertThat(f.row(nominations.get(0)).state()).isEqualTo(NominationState.PENDING);
		f.voting.annul(open, null);

		VoteId secret = f.voting.open(first, true, BallotForm.APPROVAL);
		f.sittings.members().forEach(m -> f.voting.cast(secret, m, "YES"));
		f.voting.close(secret, null);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM meetings_open_ballot WHERE vote_id = ?").param(secret.value())
			.query(Integer.class).single()).isZero();
		assertThat(f.row(nominations.get(0)).state()).isEqualTo(NominationState.PASSED);
		assertThat(f.row(nominations.get(1)).state()).as("the other person waits for a vote of their own")
			.isEqualTo(NominationState.PENDING);
		List<String> columns = jdbc.sql("SELECT LOWER(column_name) FROM information_schema.columns WHERE LOWER(table_name) LIKE 'appointments_%'")
			.query(String.class).list();
		assertThat(columns).noneMatch(c -> c.contains("ballot") || c.contains("voter") || c.contains("choice"));
	}

	@Test
	void aRemovalEndsTheMembershipOnTheVotesDayAndKeepsItAsHistory() {
		AppointmentFixture f = fixture();
		PersonId holder = f.newPerson();
		OrganizationId gov = f.government();
		addMembership.add(new NewMembership(holder, gov, MembershipRole.DEPUTY_HEAD, "副市长", null, null,
				LocalDate.of(2020, 3, 1), null));
		MotionId motion = f.scheduled(new AppointmentDesk.Nominee(AppointmentKind.REMOVE, holder, gov,
				MembershipRole.DEPUTY_HEAD, "副市长", "2020年起任副市长。"));
		VoteClosed closed = f.vote(f.sitting(), f.desk.nominations(motion).get(0), f.sittings.members().size());
		assertThat(held(f, holder)).singleElement().satisfies(m -> {
			assertThat(m.startDate()).isEqualTo(LocalDate.of(2020, 3, 1));
			assertThat(m.endDate()).isEqualTo(closed.closedOn());
		});
	}

	@Test
	void badMotionsAreRefusedInWordsAndWriteNothing() {
		AppointmentFixture f = fixture();
		PersonId person = f.newPerson();
		OrganizationId gov = f.government();
		addMembership.add(new NewMembership(person, gov, MembershipRole.DEPUTY_HEAD, "副市长", null, null,
				LocalDate.of(2021, 1, 1), null));
		PersonId other = f.newPerson();
		long before = count();
		assertThatThrownBy(() -> f.submitted(new AppointmentDesk.Nominee(AppointmentKind.APPOINT, other,
				new OrganizationId(Long.MAX_VALUE), MembershipRole.DEPUTY_HEAD, "副市长", "简历")))
			.hasMessage("appointments.error.noSuchBody");
		assertThatThrownBy(() -> f.submitted(new AppointmentDesk.Nominee(AppointmentKind.APPOINT, other, gov,
				MembershipRole.DEPUTY_HEAD, "总经理", "简历"))).hasMessage("appointments.error.noSuchPost");
		assertThatThrownBy(() -> f.submitted(f.viceMayor(other), f.viceMayor(person)))
			.as("the second person already holds the post").hasMessage("appointments.error.alreadyHolds");
		assertThatThrownBy(() -> f.submitted(new AppointmentDesk.Nominee(AppointmentKind.REMOVE, other, gov,
				MembershipRole.DEPUTY_HEAD, "副市长", "简历"))).hasMessage("appointments.error.notHolding");
		assertThat(count()).as("nothing written").isEqualTo(before);

		MotionId motion = f.scheduled(f.viceMayor(other));
		assertThatThrownBy(() -> votes.apply(motion, f.newPerson(), true, Map.of("YES", 30), 50, AppointmentFixture.DAY))
			.hasMessage("appointments.error.notInMotion");
		assertThat(f.row(f.desk.nominations(motion).get(0)).state()).isEqualTo(NominationState.PENDING);
		assertThat(held(f, other)).isEmpty();
	}

	@Test
	void theFigureCountsThePassedPersonTimesOfTheSittingsYear() {
		AppointmentFixture f = fixture();
		Figure figure = figures.stream().filter(x -> x.key().equals("appointments")).findFirst().orElseThrow();
		long before = figure.value(AppointmentFixture.DAY.getYear());
		MotionId motion = f.scheduled(f.viceMayor(f.newPerson()), f.viceMayor(f.newPerson()));
		SittingId sitting = f.sitting();
		int all = f.sittings.members().size();
		f.vote(sitting, f.desk.nominations(motion).get(0), all);
		f.vote(sitting, f.desk.nominations(motion).get(1), 0);
		assertThat(figure.value(AppointmentFixture.DAY.getYear())).as("one passed, one failed").isEqualTo(before + 1);
		assertThat(figure.records(AppointmentFixture.DAY.getYear()))
			.anySatisfy(r -> assertThat(r.link()).isEqualTo("/appointments/motions/" + motion.value()));
		f.desk.publish(motion, null);
		assertThat(figure.records(AppointmentFixture.DAY.getYear()))
			.anySatisfy(r -> assertThat(r.link()).isEqualTo("/public/appointments/" + AppointmentFixture.DAY));
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM appointments_motion").query(Long.class).single()
				+ jdbc.sql("SELECT COUNT(*) FROM appointments_nomination").query(Long.class).single();
	}
}
