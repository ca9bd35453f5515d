package org.lvzhi.oversight.inquiry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.oversight.InquiryId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of special inquiries for pages and figures. */
@Service
@Transactional(readOnly = true)
public class Inquiries {

	public record InquiryView(long id, String title, LocalDate heldOn, Long reportId, int version) {
	}

	public record Participant(long id, String side, long personId, Long organizationId, String post) {
	}

	public record Question(long id, int seq, long questionerId, long respondentId, String question, String answer) {
	}

	public record Commitment(long id, long inquiryId, Long questionId, long organizationId, long ownerId, String text,
			LocalDate dueOn, LocalDate doneOn, String doneNote, int version) {

		public boolean overdue(LocalDate today) {
			return doneOn == null && today.isAfter(dueOn);
		}
	}

	/** A question topic of the inquiry; {@code problemId} names the inspection problem it came from. */
	public record QuestionTopic(long id, Long problemId, Long organId, String text, LocalDate addedOn) {
	}

	private final JdbcClient jdbc;

	Inquiries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<InquiryView> get(InquiryId id) {
		return jdbc.sql("SELECT * FROM oversight_inquiry WHERE id = ?").param(id.value()).query(InquiryView.class)
			.optional();
	}

	public List<InquiryView> all() {
		return jdbc.sql("SELECT * FROM oversight_inquiry ORDER BY held_on DESC NULLS FIRST, id DESC").query(InquiryView.class).list();
	}

	/** Inquiries to be held on or after the day, or not yet given a day; the earliest first. */
	public List<InquiryView> comingFrom(LocalDate day) {
		return jdbc.sql("SELECT * FROM oversight_inquiry WHERE held_on IS NULL OR held_on >= ? ORDER BY held_on NULLS LAST, id")
			.param(day).query(InquiryView.class).list();
	}

	/** Inquiries held on or before the day, the latest first. */
	public List<InquiryView> heldBy(LocalDate day, int limit) {
		return jdbc.sql("SELECT * FROM oversight_inquiry WHERE held_on <= ? ORDER BY held_on DESC, id LIMIT ?")
			.params(day, limit).query(InquiryView.class).list();
	}

	public List<InquiryView> heldIn(int year) {
		return jdbc.sql("SELECT * FROM oversight_inquiry WHERE held_on >= ? AND held_on < ? ORDER BY held_on, id")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).query(InquiryView.class).list();
	}

	public List<Participant> participants(InquiryId id) {
		return jdbc.sql("SELECT id, side, person_id, organization_id, post FROM oversight_inquiry_participant WHERE inquiry_id = ? ORDER BY side, id")
			.param(id.value()).query(Participant.class).list();
	}

	/** Participants on one side of the inquiries held in the year, each person once per inquiry. */
	public List<Participant> participantsIn(int year, String side) {
		return jdbc.sql("""
				SELECT p.id, p.side, p.person_id, p.organization_id, p.post FROM oversight_inquiry_participant p
				JOIN oversight_inquiry i ON i.id = p.inquiry_id
				WHERE p.side = ? AND i.held_on >= ? AND i.held_on < ? ORDER BY i.held_on, p.id""")
			.params(side, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).query(Participant.class).list();
	}

	public List<QuestionTopic> topics(InquiryId id) {
		return jdbc.sql("SELECT id, problem_id, organ_id, text, added_on FROM oversight_inquiry_topic WHERE inquiry_id = ? ORDER BY id")
			.param(id.value())
			.query((rs, n) -> new QuestionTopic(rs.getLong(1), (Long) rs.getObject(2, Long.class),
					(Long) rs.getObject(3, Long.class), rs.getString(4), rs.getObject(5, LocalDate.class)))
			.list();
	}

	public List<Question> questions(InquiryId id) {
		return jdbc.sql("SELECT id, seq, questioner_id, respondent_id, question, answer FROM oversight_inquiry_question WHERE inquiry_id = ? ORDER BY seq")
			.param(id.value()).query(Question.class).list();
	}

	public List<Commitment> commitments(InquiryId id) {
		return jdbc.sql("SELECT * FROM oversight_inquiry_commitment WHERE inquiry_id = ? ORDER BY due_on, id")
			.param(id.value()).query(Commitment.class).list();
	}

	public List<Commitment> commitmentsOf(long organizationId) {
		return jdbc.sql("SELECT * FROM oversight_inquiry_commitment WHERE organization_id = ? ORDER BY due_on, id")
			.param(organizationId).query(Commitment.class).list();
	}

	public Optional<Commitment> commitment(long id) {
		return jdbc.sql("SELECT * FROM oversight_inquiry_commitment WHERE id = ?").param(id).query(Commitment.class)
			.optional();
	}
}
