package org.lvzhi.dutyrecords;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.lvzhi.directory.AddMembership;
import org.lvzhi.directory.Classification;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.Gender;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.NewMembership;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonalData;
import org.lvzhi.directory.RegisterPerson;
import org.lvzhi.liaison.OpinionId;
import org.lvzhi.liaison.ReceptionDayId;
import org.lvzhi.liaison.StationId;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deputies of a fresh congress and delegation, and liaison events published the way the liaison
 * module publishes them: inside a transaction. Source IDs are far above any the database hands out,
 * so tests sharing one database never meet.
 */
final class DutyFixture {

	static final int YEAR = 2023;
	private static final AtomicInteger SEQUENCE = new AtomicInteger();
	private static final AtomicLong SOURCE = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000_000L);

	final OrganizationId congress;
	final OrganizationId delegation;
	private final ApplicationContext context;

	DutyFixture(ApplicationContext context) {
		this.context = context;
		this.congress = organization("测试履职人民代表大会", Classification.CONGRESS, null);
		this.delegation = organization("测试履职代表团", Classification.DELEGATION, congress);
	}

	private OrganizationId organization(String name, Classification classification, OrganizationId parent) {
		return context.getBean(CreateOrganization.class).create(new OrganizationDetails(
				name + System.nanoTime() + SEQUENCE.incrementAndGet(), classification, parent, DeputyLevel.MUNICIPAL, 15,
				null, null, null));
	}

	PersonId deputy() {
		PersonId p = context.getBean(RegisterPerson.class).register(new PersonDetails(
				"履职测试代表" + SEQUENCE.incrementAndGet(), Gender.FEMALE, "汉族", "教师", PersonalData.none()));
		AddMembership add = context.getBean(AddMembership.class);
		add.add(new NewMembership(p, congress, MembershipRole.DEPUTY, null, 15, "测试第一选区", LocalDate.of(2022, 1, 6), null));
		add.add(new NewMembership(p, delegation, MembershipRole.MEMBER, null, 15, null, LocalDate.of(2022, 1, 6), null));
		return p;
	}

	List<PersonId> deputies(int n) {
		List<PersonId> all = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			all.add(deputy());
		}
		return all;
	}

	static long sourceId() {
		return SOURCE.incrementAndGet();
	}

	static ReceptionDayId day() {
		return new ReceptionDayId(sourceId());
	}

	static OpinionId opinion() {
		return new OpinionId(sourceId());
	}

	static StationId station() {
		return new StationId(sourceId());
	}

	/** Publishes the events in one transaction, as the publishing module's use case would. */
	void publish(Object... events) {
		ApplicationEventPublisher publisher = context;
		context.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
			for (Object e : events) {
				publisher.publishEvent(e);
			}
		});
	}

	DutyTotals totals(PersonId person) {
		return context.getBean(DutyRecords.class).totals(person, DutyRecords.yearStart(YEAR), DutyRecords.yearEnd(YEAR));
	}
}
