package org.lvzhi.oversight.evaluation;

import org.lvzhi.platform.Roles;
import org.lvzhi.platform.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * An evaluation belongs to the office that opened it (办公厅 by default). Its access codes are keys
 * to secret sheets, so only that office's staff and the administrator issue and download them,
 * manage, close and publish the evaluation, and enter sheets; other offices' staff read it as
 * committee members do.
 */
@Component("evaluationAccess")
class EvaluationAccess {

	static final String DEFAULT_OFFICE = "GENERAL_OFFICE";

	private final JdbcClient jdbc;

	EvaluationAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the user runs the evaluation; an evaluation that does not exist is the caller's 404. */
	public boolean runs(Authentication user, long evaluationId) {
		if (Roles.has(user, Roles.ADMIN)) {
			return true;
		}
		if (!Roles.has(user, Roles.STAFF)) {
			return false;
		}
		String office = office(evaluationId);
		return office == null || Roles.inOffice(user, office);
	}

	/** The office that opens an evaluation: the staff member's own, the general office for the administrator. */
	static String officeOf(Authentication user) {
		SignedInUser u = SignedInUser.of(user);
		if (u != null && u.officeCode() != null) {
			return u.officeCode();
		}
		return user == null ? DEFAULT_OFFICE : user.getAuthorities().stream().map(a -> a.getAuthority())
			.filter(a -> a.startsWith(Roles.OFFICE_PREFIX)).map(a -> a.substring(Roles.OFFICE_PREFIX.length()))
			.findFirst().orElse(DEFAULT_OFFICE);
	}

	String office(long evaluationId) {
		return jdbc.sql("SELECT office_code FROM oversight_evaluation WHERE id = ?").param(evaluationId)
			.query(String.class).optional().orElse(null);
	}

	/** Signed-in office staff may enter a sheet of the evaluations their office runs only. */
	boolean mayEnterSheet(Authentication user, long evaluationId) {
		boolean staff = Roles.has(user, Roles.STAFF) || Roles.has(user, Roles.ADMIN);
		return !staff || runs(user, evaluationId);
	}
}
