package org.lvzhi.appointments.motions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.appointments.AppointmentDesk;
import org.lvzhi.appointments.AppointmentsException;
import org.lvzhi.appointments.MotionId;
import org.lvzhi.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Motions and nominations in their tables. Every change goes through a versioned update that
 * refuses a row changed meanwhile, and writes its audit entry with the row before and after.
 */
@Component
class MotionStore {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	MotionStore(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	Optional<MotionRow> motion(long id) {
		return jdbc.sql("SELECT * FROM appointments_motion WHERE id = ?").param(id).query(MotionRow.class).optional();
	}

	MotionRow load(MotionId id) {
		return motion(id.value()).orElseThrow(() -> new AppointmentsException("appointments.error.notFound", id.value()));
	}

	Optional<NominationRow> nomination(long id) {
		return jdbc.sql("SELECT * FROM appointments_nomination WHERE id = ?").param(id).query(NominationRow.class)
			.optional();
	}

	NominationRow loadNomination(long id) {
		return nomination(id).orElseThrow(() -> new AppointmentsException("appointments.error.notFound", id));
	}

	List<NominationRow> nominations(long motionId) {
		return jdbc.sql("SELECT * FROM appointments_nomination WHERE motion_id = ? ORDER BY position")
			.param(motionId).query(NominationRow.class).list();
	}

	long insertMotion(AppointmentDesk.NewMotion m, String title) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO appointments_motion (proposer, title, reasons, materials, submitted_on, state)
				VALUES (?, ?, ?, ?, ?, 'SUBMITTED')""")
			.params(m.proposer().name(), title, m.reasons().strip(), blankToNull(m.materials()), m.submittedOn())
			.update(key, "id");
		return key.getKey().longValue();
	}

	void insertNomination(long motionId, int position, AppointmentDesk.Nominee n) {
		jdbc.sql("""
				INSERT INTO appointments_nomination (motion_id, position, kind, person_id, organization_id, role, label,
				record, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')""")
			.params(motionId, position, n.kind().name(), n.person().value(), n.organization().value(), n.role().name(),
					n.label().strip(), n.record().strip())
			.update();
	}

	/** Runs a versioned update of a motion ({@code sets} without the version) and audits it. */
	MotionRow updateMotion(MotionRow before, Integer version, String action, String sets, Object... params) {
		if (version != null && version != before.version()) {
			throw new OptimisticLockingFailureException("Motion " + before.id() + " is at version " + before.version());
		}
		Object[] all = java.util.Arrays.copyOf(params, params.length + 2);
		all[params.length] = before.id();
		all[params.length + 1] = before.version();
		int n = jdbc.sql("UPDATE appointments_motion SET " + sets + ", version = version + 1 WHERE id = ? AND version = ?")
			.params(all).update();
		if (n != 1) {
			throw new OptimisticLockingFailureException("Motion " + before.id() + " changed meanwhile");
		}
		MotionRow after = motion(before.id()).orElseThrow();
		events.publishEvent(AuditEvent.changed("appointments.motion." + action, "AppointmentMotion", before.id(),
				before.title(), before, after));
		return after;
	}

	/** The same for a nomination. */
	NominationRow updateNomination(NominationRow before, Integer version, String action, String sets,
			Object... params) {
		if (version != null && version != before.version()) {
			throw new OptimisticLockingFailureException("Nomination " + before.id() + " is at version " + before.version());
		}
		Object[] all = java.util.Arrays.copyOf(params, params.length + 2);
		all[params.length] = before.id();
		all[params.length + 1] = before.version();
		int n = jdbc.sql("UPDATE appointments_nomination SET " + sets + ", version = version + 1 WHERE id = ? AND version = ?")
			.params(all).update();
		if (n != 1) {
			throw new OptimisticLockingFailureException("Nomination " + before.id() + " changed meanwhile");
		}
		NominationRow after = nomination(before.id()).orElseThrow();
		events.publishEvent(AuditEvent.changed("appointments.nomination." + action, "AppointmentNomination",
				before.id(), before.label() + " #" + before.personId(), before, after));
		return after;
	}

	/** The next running number of the year's letters of appointment. */
	int nextLetter(int year) {
		return jdbc.sql("SELECT COALESCE(MAX(letter_seq), 0) + 1 FROM appointments_nomination WHERE letter_year = ?")
			.param(year).query(Integer.class).single();
	}

	List<Long> motionsDecidedOn(LocalDate day) {
		return jdbc.sql("SELECT id FROM appointments_motion WHERE sitting_day = ? AND state = 'DECIDED' ORDER BY id")
			.param(day).query(Long.class).list();
	}

	void created(long motionId) {
		MotionRow row = motion(motionId).orElseThrow();
		events.publishEvent(AuditEvent.created("appointments.motion.submitted", "AppointmentMotion", motionId,
				row.title(), java.util.Map.of("motion", row, "nominations", nominations(motionId))));
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
