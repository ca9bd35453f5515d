package org.lvzhi.suggestions.bills;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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
import org.lvzhi.suggestions.BillContent;
import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.BillWorkflow;
import org.springframework.context.ApplicationContext;

/** Bills named by state, each in a fresh congress with fresh deputies, so tests never meet. */
final class BillFixture {

	static final LocalDate FILED_ON = LocalDate.of(2023, 1, 10);
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final OrganizationId congress;
	private final ApplicationContext context;

	BillFixture(ApplicationContext context) {
		this.context = context;
		this.congress = organization("测试人民代表大会", Classification.CONGRESS);
	}

	BillWorkflow workflow() {
		return context.getBean(BillWorkflow.class);
	}

	Bill get(BillId id) {
		return context.getBean(Bills.class).get(id).orElseThrow();
	}

	OrganizationId organization(String name, Classification classification) {
		return context.getBean(CreateOrganization.class).create(new OrganizationDetails(
				name + System.nanoTime() + SEQUENCE.incrementAndGet(), classification, null,
				classification == Classification.CONGRESS ? DeputyLevel.MUNICIPAL : null, null, null, null, null));
	}

	PersonId person() {
		return context.getBean(RegisterPerson.class).register(new PersonDetails("测试议案代表" + SEQUENCE.incrementAndGet(),
				Gender.MALE, "汉族", "工程师", PersonalData.none()));
	}

	PersonId deputy() {
		PersonId p = person();
		context.getBean(AddMembership.class).add(new NewMembership(p, congress, MembershipRole.DEPUTY, null, 15, null,
				LocalDate.of(2022, 1, 6), null));
		return p;
	}

	List<PersonId> deputies(int n) {
		List<PersonId> all = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			all.add(deputy());
		}
		return all;
	}

	static BillContent content() {
		return new BillContent("关于制定《太原市汾河流域生态保护条例》的议案", "汾河流域生态保护缺乏统一法规。", "建议制定专项条例。", 2023);
	}

	/** A draft by the first of the deputies, asking all others to sign. */
	BillId drafted(List<PersonId> deputies) {
		return workflow().draft(deputies.get(0), content(), deputies.subList(1, deputies.size()), FILED_ON.minusDays(3));
	}

	BillId signed(List<PersonId> deputies) {
		BillId id = drafted(deputies);
		deputies.subList(1, deputies.size()).forEach(p -> workflow().sign(id, p, FILED_ON.minusDays(1)));
		return id;
	}

	BillId filed(List<PersonId> deputies) {
		BillId id = signed(deputies);
		workflow().file(id, deputies.get(0), FILED_ON);
		return id;
	}

	BillId filed() {
		return filed(deputies(10));
	}

	BillId referred(OrganizationId committee) {
		BillId id = filed();
		workflow().refer(id, committee, null, LocalDate.of(2023, 1, 12));
		return id;
	}
}
