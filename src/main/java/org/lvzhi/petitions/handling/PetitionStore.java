package org.lvzhi.petitions.handling;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.petitions.PetitionId;
import org.lvzhi.petitions.PetitionKind;
import org.lvzhi.petitions.ReplyKind;
import org.lvzhi.petitions.Route;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes petitions. The petitioner's personal data sit in a table of their own and are
 * read only by {@link #petitioner}, which the office's pages call after logging the view.
 */
@Repository
public class PetitionStore {

	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	PetitionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Petition> find(PetitionId id) {
		return jdbc.sql("SELECT * FROM petitions_petition WHERE id = :id").param("id", id.value())
			.query(PetitionStore::row).optional();
	}

	public Optional<Petition> findByNumber(String number) {
		return jdbc.sql("SELECT * FROM petitions_petition WHERE number = :n").param("n", number)
			.query(PetitionStore::row).optional();
	}

	public Optional<Petition> findByTrackingCode(String code) {
		if (code == null || code.isBlank() || code.strip().length() > 16) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT * FROM petitions_petition WHERE tracking_code = :c").param("c", code.strip().toUpperCase())
			.query(PetitionStore::row).optional();
	}

	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM petitions_petition").query(Long.class).single();
	}

	/** The petitioner's personal data, or {@link Petitioner#NONE} once erased. */
	Petitioner petitioner(PetitionId id) {
		return jdbc.sql("SELECT name, id_number, phone, address, representatives FROM petitions_petitioner WHERE petition_id = :id")
			.param("id", id.value())
			.query((rs, n) -> new Petitioner(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.optional().orElse(Petitioner.NONE);
	}

	Petition insert(Petition p, Petitioner who) {
		int year = p.receivedOn.getYear();
		p.number = "XF" + year + "-" + String.format("%04d", next(year));
		p.trackingCode = newCode(10);
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO petitions_petition (number, tracking_code, kind, received_on, head_count, subject, matter, category,
				  area, body_concerned, state, route_due, version)
				VALUES (:number, :code, :kind, :received, :heads, :subject, :matter, :category, :area, :body, :state, :due, 0)""")
			.param("number", p.number)
			.param("code", p.trackingCode)
			.param("kind", p.kind.name())
			.param("received", p.receivedOn)
			.param("heads", p.headCount)
			.param("subject", p.subject)
			.param("matter", p.matter)
			.param("category", p.category)
			.param("area", p.area)
			.param("body", p.bodyConcerned)
			.param("state", p.state.name())
			.param("due", p.routeDue)
			.update(keys, "id");
		p.id = keys.getKey().longValue();
		jdbc.sql("""
				INSERT INTO petitions_petitioner (petition_id, name, id_number, phone, address, representatives)
				VALUES (:id, :name, :idNumber, :phone, :address, :reps)""")
			.param("id", p.id)
			.param("name", who.name())
			.param("idNumber", who.idNumber())
			.param("phone", who.phone())
			.param("address", who.address())
			.param("reps", who.representatives())
			.update();
		return p;
	}

	/** Saves a move; refuses when somebody else saved the petition since it was read. */
	void update(Petition p) {
		int rows = jdbc.sql("""
				UPDATE petitions_petition SET state = :state, route = :route, routed_on = :routedOn, route_reason = :reason,
				  handling_body = :body, handling_body_id = :bodyId, handling_due = :handlingDue, extended = :extended,
				  report_back = :reportBack, reply_kind = :replyKind, reply_text = :replyText, replied_on = :repliedOn,
				  review_request_due = :rrDue, review_requested_on = :rrOn, review_decision_due = :rdDue,
				  review_text = :reviewText, reviewed_on = :reviewedOn, re_review_request_due = :rrrDue,
				  re_review_requested_on = :rrrOn, re_review_decision_due = :rrdDue, re_review_text = :reReviewText,
				  re_reviewed_on = :reReviewedOn, supervised = :supervised, supervised_on = :supervisedOn,
				  supervisor = :supervisor, supervision_due = :supervisionDue, supervision_note = :supervisionNote,
				  closed_on = :closedOn, version = version + 1
				WHERE id = :id AND version = :version""")
			.param("state", p.state.name())
			.param("route", p.route == null ? null : p.route.name())
			.param("routedOn", p.routedOn)
			.param("reason", p.routeReason)
			.param("body", p.handlingBody)
			.param("bodyId", p.handlingBodyId)
			.param("handlingDue", p.handlingDue)
			.param("extended", p.extended)
			.param("reportBack", p.reportBack)
			.param("replyKind", p.replyKind == null ? null : p.replyKind.name())
			.param("replyText", p.replyText)
			.param("repliedOn", p.repliedOn)
			.param("rrDue", p.reviewRequestDue)
			.param("rrOn", p.reviewRequestedOn)
			.param("rdDue", p.reviewDecisionDue)
			.param("reviewText", p.reviewText)
			.param("reviewedOn", p.reviewedOn)
			.param("rrrDue", p.reReviewRequestDue)
			.param("rrrOn", p.reReviewRequestedOn)
			.param("rrdDue", p.reReviewDecisionDue)
			.param("reReviewText", p.reReviewText)
			.param("reReviewedOn", p.reReviewedOn)
			.param("supervised", p.supervised)
			.param("supervisedOn", p.supervisedOn)
			.param("supervisor", p.supervisor)
			.param("supervisionDue", p.supervisionDue)
			.param("supervisionNote", p.supervisionNote)
			.param("closedOn", p.closedOn)
			.param("id", p.id)
			.param("version", p.version)
			.update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("petition " + p.id + " changed since it was read");
		}
		p.version++;
	}

	/** Petitions whose personal data are still kept, closed on or before {@code closedBy}. */
	List<Long> closedWithPersonalData(LocalDate closedBy) {
		return jdbc.sql("""
				SELECT p.id FROM petitions_petition p JOIN petitions_petitioner w ON w.petition_id = p.id
				WHERE p.closed_on <= :by AND w.erased_on IS NULL ORDER BY p.id""")
			.param("by", closedBy).query(Long.class).list();
	}

	void erasePetitioner(long id, LocalDate on) {
		jdbc.sql("""
				UPDATE petitions_petitioner SET name = NULL, id_number = NULL, phone = NULL, address = NULL,
				  representatives = NULL, erased_on = :on WHERE petition_id = :id""")
			.param("on", on).param("id", id).update();
	}

	private int next(int year) {
		int updated = jdbc.sql("UPDATE petitions_counter SET last_number = last_number + 1 WHERE counter_year = :y").param("y", year).update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO petitions_counter (counter_year, last_number) VALUES (:y, 1)").param("y", year).update();
			return 1;
		}
		return jdbc.sql("SELECT last_number FROM petitions_counter WHERE counter_year = :y").param("y", year).query(Integer.class).single();
	}

	static String newCode(int length) {
		StringBuilder b = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			b.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return b.toString();
	}

	static Petition row(ResultSet rs, int n) throws SQLException {
		Petition p = new Petition();
		p.id = rs.getLong("id");
		p.number = rs.getString("number");
		p.trackingCode = rs.getString("tracking_code");
		p.kind = PetitionKind.valueOf(rs.getString("kind"));
		p.receivedOn = rs.getObject("received_on", LocalDate.class);
		p.headCount = rs.getInt("head_count");
		p.subject = rs.getString("subject");
		p.matter = rs.getString("matter");
		p.category = rs.getString("category");
		p.area = rs.getString("area");
		p.bodyConcerned = rs.getString("body_concerned");
		p.state = PetitionState.valueOf(rs.getString("state"));
		p.routeDue = rs.getObject("route_due", LocalDate.class);
		p.route = rs.getString("route") == null ? null : Route.valueOf(rs.getString("route"));
		p.routedOn = rs.getObject("routed_on", LocalDate.class);
		p.routeReason = rs.getString("route_reason");
		p.handlingBody = rs.getString("handling_body");
		long bodyId = rs.getLong("handling_body_id");
		p.handlingBodyId = rs.wasNull() ? null : bodyId;
		p.handlingDue = rs.getObject("handling_due", LocalDate.class);
		p.extended = rs.getBoolean("extended");
		p.reportBack = rs.getString("report_back");
		p.replyKind = rs.getString("reply_kind") == null ? null : ReplyKind.valueOf(rs.getString("reply_kind"));
		p.replyText = rs.getString("reply_text");
		p.repliedOn = rs.getObject("replied_on", LocalDate.class);
		p.reviewRequestDue = rs.getObject("review_request_due", LocalDate.class);
		p.reviewRequestedOn = rs.getObject("review_requested_on", LocalDate.class);
		p.reviewDecisionDue = rs.getObject("review_decision_due", LocalDate.class);
		p.reviewText = rs.getString("review_text");
		p.reviewedOn = rs.getObject("reviewed_on", LocalDate.class);
		p.reReviewRequestDue = rs.getObject("re_review_request_due", LocalDate.class);
		p.reReviewRequestedOn = rs.getObject("re_review_requested_on", LocalDate.class);
		p.reReviewDecisionDue = rs.getObject("re_review_decision_due", LocalDate.class);
		p.reReviewText = rs.getString("re_review_text");
		p.reReviewedOn = rs.getObject("re_reviewed_on", LocalDate.class);
		p.supervised = rs.getBoolean("supervised");
		p.supervisedOn = rs.getObject("supervised_on", LocalDate.class);
		p.supervisor = rs.getString("supervisor");
		p.supervisionDue = rs.getObject("supervision_due", LocalDate.class);
		p.supervisionNote = rs.getString("supervision_note");
		p.closedOn = rs.getObject("closed_on", LocalDate.class);
		p.version = rs.getInt("version");
		return p;
	}
}
