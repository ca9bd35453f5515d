package org.lvzhi.demo;

import java.util.HashMap;
import java.util.Map;

import org.lvzhi.directory.AddMembership;
import org.lvzhi.directory.CreateOrganization;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.ImportResult;
import org.lvzhi.directory.ImportRoster;
import org.lvzhi.directory.NewMembership;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.RegisterPerson;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the Taiyuan plan through the directory's use cases: bodies, then the deputies as one
 * roster import, then the posts.
 */
@Component
class TaiyuanDirectory implements DemoContributor {

	private final CreateOrganization createOrganization;
	private final ImportRoster importRoster;
	private final RegisterPerson registerPerson;
	private final AddMembership addMembership;
	private final Directory directory;
	private final TransactionTemplate transaction;

	TaiyuanDirectory(CreateOrganization createOrganization, ImportRoster importRoster, RegisterPerson registerPerson,
			AddMembership addMembership, Directory directory, TransactionTemplate transaction) {
		this.createOrganization = createOrganization;
		this.importRoster = importRoster;
		this.registerPerson = registerPerson;
		this.addMembership = addMembership;
		this.directory = directory;
		this.transaction = transaction;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public String name() {
		return "directory";
	}

	@Override
	public void contribute(DemoContext context) {
		TaiyuanPlan plan = TaiyuanPlanner.plan(context.random(name()));
		Map<String, OrganizationId> bodies = new HashMap<>();
		transaction.executeWithoutResult(tx -> plan.bodies().forEach(b -> bodies.put(b.name(),
				createOrganization.create(new OrganizationDetails(b.name(), b.classification(),
						b.parent() == null ? null : bodies.get(b.parent()), b.level(), b.term(), b.area(), b.founded(),
						null)))));
		ImportResult result = importRoster.importRows(plan.roster());
		if (!result.accepted()) {
			throw new IllegalStateException("The demo roster was refused: " + result.errors());
		}
		transaction.executeWithoutResult(tx -> {
			for (TaiyuanPlan.Appointment a : plan.appointments()) {
				PersonId person = directory.personByIdNumber(a.idNumber()).orElseThrow().id();
				addMembership.add(new NewMembership(person, bodies.get(a.body()), a.role(), a.label(), 15, null,
						a.start(), null));
			}
			for (TaiyuanPlan.Official o : plan.officials()) {
				PersonId person = registerPerson.register(o.person());
				addMembership.add(new NewMembership(person, bodies.get(o.body()), o.role(), o.label(), null, null,
						o.start(), null));
			}
		});
	}
}
