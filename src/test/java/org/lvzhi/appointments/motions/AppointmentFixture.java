package org.lvzhi.appointments.motions;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.lvzhi.appointments.AppointmentDesk;
import org.lvzhi.appointments.AppointmentKind;
import org.lvzhi.appointments.MotionId;
import org.lvzhi.appointments.NominationId;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.RegisterPerson;
import org.lvzhi.meetings.AgendaItemId;
import org.lvzhi.meetings.BallotForm;
import org.lvzhi.meetings.SittingId;
import org.lvzhi.meetings.VoteClosed;
import org.lvzhi.meetings.VoteId;
import org.lvzhi.meetings.sittings.SittingFixture;
import org.lvzhi.meetings.voting.VotingService;
import org.springframework.context.ApplicationContext;

/** Motions for tests, named by the state they are in, always in 2025 (never the demo year). */
class AppointmentFixture {

	static final LocalDate DAY = SittingFixture.DAY;
	private static final AtomicInteger PERSONS = new AtomicInteger();

	final AppointmentDesk desk;
	final MotionStore store;
	final Directory directory;
	final RegisterPerson register;
	final VotingService voting;
	final SittingFixture sittings;

	AppointmentFixture(ApplicationContext context) {
		this.desk = context.getBean(AppointmentDesk.class);
		this.store = context.getBean(MotionStore.class);
		this.directory = context.getBean(Directory.class);
		this.register = context.getBean(RegisterPerson.class);
		this.voting = context.getBean(VotingService.class);
		this.sittings = new SittingFixture(context);
	}

	OrganizationId government() {
		return directory.organizationNamed("太原市人民政府").orElseThrow().id();
	}

	PersonId newPerson() {
		return register.register(new PersonDetails("测试拟任" + PERSONS.incrementAndGet() + "号", Gender.FEMALE, "汉族", null, null));
	}

	AppointmentDesk.Nominee viceMayor(PersonId person) {
		return new AppointmentDesk.Nominee(AppointmentKind.APPOINT, person, government(), MembershipRole.DEPUTY_HEAD, "副市长",
				"1975年生，大学学历，历任区长、区委书记。");
	}

	MotionId submitted(AppointmentDesk.Nominee... nominees) {
		return desk.submit(new AppointmentDesk.NewMotion(AppointmentDesk.Proposer.MAYOR, "关于提请任免有关人员职务的议案",
				"工作需要。", "任免议案；考察材料；本人简历", DAY.minusDays(20), List.of(nominees)));
	}

	/** Accepted and put before the sitting of {@link #DAY}. */
	MotionId scheduled(AppointmentDesk.Nominee... nominees) {
		MotionId id = submitted(nominees);
		desk.accept(id);
		desk.schedule(id, DAY);
		return id;
	}

	/** A sitting on {@link #DAY} with every member present. */
	SittingId sitting() {
		return sittings.held(DAY, sittings.members().size());
	}

	/** A secret vote on one nominee at the sitting with {@code yes} members for, the others against. */
	VoteClosed vote(SittingId sitting, NominationId nomination, int yes) {
		AgendaItemId item = sittings.due(sitting, "/appointments/nominations/" + nomination.value());
		VoteId vote = voting.open(item, true, BallotForm.APPROVAL);
		List<PersonId> members = sittings.members();
		for (int i = 0; i < members.size(); i++) {
			voting.cast(vote, members.get(i), i < yes ? "YES" : "NO");
		}
		return voting.close(vote, null);
	}

	NominationRow row(NominationId id) {
		return store.loadNomination(id.value());
	}
}
