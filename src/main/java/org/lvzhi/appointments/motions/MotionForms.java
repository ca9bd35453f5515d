package org.lvzhi.appointments.motions;

import java.util.ArrayList;
import java.util.List;

import org.lvzhi.appointments.AppointmentDesk;
import org.lvzhi.appointments.AppointmentsException;
import org.lvzhi.appointments.MotionId;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.RegisterPerson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The motion form's submission in one transaction: persons new to the directory are registered
 * with the motion, and are not when the motion is refused.
 */
@Service
class MotionForms {

	private final AppointmentDesk desk;
	private final RegisterPerson register;

	MotionForms(AppointmentDesk desk, RegisterPerson register) {
		this.desk = desk;
		this.register = register;
	}

	@Transactional
	MotionId submit(MotionForm form) {
		List<AppointmentDesk.Nominee> nominees = new ArrayList<>();
		for (MotionForm.Row r : form.getNominees()) {
			if (r.blank()) {
				continue;
			}
			PersonId person;
			if (r.getPerson() != null) {
				person = new PersonId(r.getPerson());
			}
			else if (r.getNewName() != null && !r.getNewName().isBlank()) {
				person = register.register(new PersonDetails(r.getNewName().strip(), r.getGender(), null, null, null));
			}
			else {
				throw new AppointmentsException("appointments.error.noSuchPerson");
			}
			nominees.add(new AppointmentDesk.Nominee(r.getKind(), person,
					r.getBody() == null ? null : new OrganizationId(r.getBody()), r.getRole(), r.getLabel(),
					r.getRecord()));
		}
		return desk.submit(new AppointmentDesk.NewMotion(form.getProposer(), form.getTitle(), form.getReasons(),
				form.getMaterials(), form.getSubmittedOn(), nominees));
	}
}
