package org.lvzhi.appointments.motions;

import java.util.Optional;

import org.lvzhi.appointments.AppointmentKind;
import org.lvzhi.appointments.AppointmentsException;
import org.lvzhi.appointments.rules.AppointmentsSettings;
import org.lvzhi.directory.Directory;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.MembershipView;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.directory.PersonId;
import org.springframework.stereotype.Component;

/**
 * The posts the committee appoints to and who holds them: a post is a body of the directory, a
 * role and a title the settings name; a person holds it while a membership in it has no end date.
 * One may not be appointed to a post one holds, nor removed from a post one does not hold.
 */
@Component
class Posts {

	private final Directory directory;
	private final AppointmentsSettings settings;

	Posts(Directory directory, AppointmentsSettings settings) {
		this.directory = directory;
		this.settings = settings;
	}

	/** The body of an existing post; refused for an unknown body or a role and title that are no post. */
	OrganizationView post(OrganizationId body, MembershipRole role, String label) {
		Optional<OrganizationView> org = body == null ? Optional.empty() : directory.organization(body);
		if (org.isEmpty()) {
			throw new AppointmentsException("appointments.error.noSuchBody");
		}
		if (!settings.isPost(role, label)) {
			throw new AppointmentsException("appointments.error.noSuchPost", org.get().name(), label == null ? "" : label.strip());
		}
		return org.get();
	}

	/** The person's membership in the post that has not ended, if any. */
	Optional<MembershipView> held(PersonId person, OrganizationId body, MembershipRole role, String heldLabel) {
		return directory.membersOf(body).stream()
			.filter(m -> m.personId().equals(person) && m.role() == role && heldLabel.equals(m.label()) && m.endDate() == null)
			.findFirst();
	}

	/** Refuses a nomination the post's holders rule out: appointing a holder, removing a non-holder. */
	void check(AppointmentKind kind, PersonId person, OrganizationId body, MembershipRole role, String label) {
		OrganizationView org = post(body, role, label);
		String name = directory.names(java.util.List.of(person)).get(person);
		if (name == null) {
			throw new AppointmentsException("appointments.error.noSuchPerson");
		}
		String held = kind == AppointmentKind.ACTING ? "代理" + label.strip() : label.strip();
		boolean holds = held(person, body, role, held).isPresent();
		if (kind.starts() && holds) {
			throw new AppointmentsException("appointments.error.alreadyHolds", name, org.name(), held);
		}
		if (!kind.starts() && !holds) {
			throw new AppointmentsException("appointments.error.notHolding", name, org.name(), held);
		}
	}
}
