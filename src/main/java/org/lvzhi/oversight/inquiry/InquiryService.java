package org.lvzhi.oversight.inquiry;

import java.time.LocalDate;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.oversight.InquiryId;
import org.lvzhi.oversight.InquiryWorkflow;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.WorkReportId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moves of a special inquiry. They are short enough to live together: each is one insert or
 * update with its audit entry in the same transaction.
 */
@Service
class InquiryService implements InquiryWorkflow {

	static final String QUESTIONER = "QUESTIONER";
	static final String RESPONDENT = "RESPONDENT";

	private final JdbcClient jdbc;
	private final Inquiries inquiries;
	private final ApplicationEventPublisher events;
	private final InquiryIndex index;

	InquiryService(JdbcClient jdbc, Inquiries inquiries, ApplicationEventPublisher events, InquiryIndex index) {
		this.index = index;
		this.jdbc = jdbc;
		this.inquiries = inquiries;
		this.events = events;
	}

	@Override
	@Transactional
	public InquiryId hold(String title, LocalDate on, WorkReportId report) {
		if (title == null || title.isBlank() || on == null) {
			throw new OversightException("oversight.error.titleRequired");
		}
		long id = insert(jdbc.sql("INSERT INTO oversight_inquiry (title, held_on, report_id) VALUES (?, ?, ?)")
			.params(title.strip(), on, report == null ? null : report.value()));
		audit("held", id, title.strip() + " " + on);
		index.changed(id);
		return new InquiryId(id);
	}

	@Override
	@Transactional
	public InquiryId prepare(String title, WorkReportId report) {
		if (title == null || title.isBlank()) {
			throw new OversightException("oversight.error.titleRequired");
		}
		long id = insert(jdbc.sql("INSERT INTO oversight_inquiry (title, held_on, report_id) VALUES (?, NULL, ?)")
			.params(title.strip(), report == null ? null : report.value()));
		audit("prepared", id, title.strip());
		index.changed(id);
		return new InquiryId(id);
	}

	@Override
	@Transactional
	public void schedule(InquiryId inquiry, LocalDate on) {
		Inquiries.InquiryView i = inquiries.get(inquiry)
			.orElseThrow(() -> new OversightException("oversight.error.notFound", inquiry.value()));
		if (on == null) {
			throw new OversightException("oversight.error.dateRequired");
		}
		if (i.heldOn() != null) {
			throw new OversightException("oversight.error.inquiryDated", i.heldOn());
		}
		int changed = jdbc.sql("UPDATE oversight_inquiry SET held_on = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(on, inquiry.value(), i.version()).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Inquiry " + inquiry + " changed");
		}
		events.publishEvent(AuditEvent.changed("oversight.inquiry.scheduled", "Inquiry", inquiry.value(), i.title(),
				null, on.toString()));
		index.changed(inquiry.value());
	}

	@Override
	@Transactional
	public long addTopic(InquiryId inquiry, String text, OrganizationId organ, Long problem, LocalDate on) {
		requireInquiry(inquiry);
		if (text == null || text.isBlank() || on == null) {
			throw new OversightException("oversight.error.textRequired");
		}
		long id = insert(jdbc.sql("INSERT INTO oversight_inquiry_topic (inquiry_id, problem_id, organ_id, text, added_on) VALUES (?, ?, ?, ?, ?)")
			.params(inquiry.value(), problem, organ == null ? null : organ.value(), text.strip(), on));
		events.publishEvent(AuditEvent.created("oversight.inquiry.topicAdded", "Inquiry", inquiry.value(),
				text.strip().length() > 60 ? text.strip().substring(0, 60) + "…" : text.strip(),
				java.util.Map.of("topic", id, "problem", String.valueOf(problem))));
		index.changed(inquiry.value());
		return id;
	}

	@Override
	@Transactional
	public long addQuestioner(InquiryId inquiry, PersonId person, OrganizationId body, String post) {
		return participant(inquiry, QUESTIONER, person, body, post);
	}

	@Override
	@Transactional
	public long addRespondent(InquiryId inquiry, PersonId person, OrganizationId organ, String post) {
		if (organ == null) {
			throw new OversightException("oversight.error.organRequired");
		}
		return participant(inquiry, RESPONDENT, person, organ, post);
	}

	private long participant(InquiryId inquiry, String side, PersonId person, OrganizationId body, String post) {
		requireInquiry(inquiry);
		if (person == null) {
			throw new OversightException("oversight.error.personRequired");
		}
		try {
			long id = insert(jdbc.sql("INSERT INTO oversight_inquiry_participant (inquiry_id, side, person_id, organization_id, post) VALUES (?, ?, ?, ?, ?)")
				.params(inquiry.value(), side, person.value(), body == null ? null : body.value(),
						post == null || post.isBlank() ? null : post.strip()));
			audit(side.toLowerCase() + "Added", inquiry.value(), "person " + person.value());
			index.changed(inquiry.value());
			return id;
		}
		catch (DuplicateKeyException e) {
			throw new OversightException("oversight.error.alreadyParticipant");
		}
	}

	@Override
	@Transactional
	public long recordQuestion(InquiryId inquiry, long questioner, long respondent, String question, String answer) {
		requireInquiry(inquiry);
		requireSide(inquiry, questioner, QUESTIONER);
		requireSide(inquiry, respondent, RESPONDENT);
		if (question == null || question.isBlank()) {
			throw new OversightException("oversight.error.textRequired");
		}
		int seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM oversight_inquiry_question WHERE inquiry_id = ?")
			.param(inquiry.value()).query(Integer.class).single();
		long id = insert(jdbc.sql("INSERT INTO oversight_inquiry_question (inquiry_id, seq, questioner_id, respondent_id, question, answer) VALUES (?, ?, ?, ?, ?, ?)")
			.params(inquiry.value(), seq, questioner, respondent, question.strip(),
					answer == null || answer.isBlank() ? null : answer.strip()));
		audit("questionRecorded", inquiry.value(), "#" + seq);
		index.changed(inquiry.value());
		return id;
	}

	@Override
	@Transactional
	public long commit(InquiryId inquiry, Long question, long respondent, String text, LocalDate due) {
		requireInquiry(inquiry);
		Long organ = requireSide(inquiry, respondent, RESPONDENT);
		if (text == null || text.isBlank() || due == null) {
			throw new OversightException("oversight.error.commitmentRequired");
		}
		long id = insert(jdbc.sql("INSERT INTO oversight_inquiry_commitment (inquiry_id, question_id, organization_id, owner_id, text, due_on) VALUES (?, ?, ?, ?, ?, ?)")
			.params(inquiry.value(), question, organ, respondent, text.strip(), due));
		audit("committed", inquiry.value(), text.strip() + " (" + due + ")");
		index.changed(inquiry.value());
		return id;
	}

	@Override
	@Transactional
	public void fulfil(long commitment, String note, LocalDate on) {
		fulfil(commitment, null, note, on);
	}

	@Transactional
	void fulfil(long commitment, Integer version, String note, LocalDate on) {
		Inquiries.Commitment c = inquiries.commitment(commitment)
			.orElseThrow(() -> new OversightException("oversight.error.notFound", commitment));
		if (c.doneOn() != null) {
			throw new OversightException("oversight.error.alreadyDone");
		}
		int seen = version == null ? c.version() : version;
		int changed = jdbc.sql("UPDATE oversight_inquiry_commitment SET done_on = ?, done_note = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(on, note == null || note.isBlank() ? null : note.strip(), commitment, seen).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Commitment " + commitment + " changed");
		}
		events.publishEvent(AuditEvent.changed("oversight.inquiry.commitmentDone", "InquiryCommitment", commitment,
				c.text(), "open", "done " + on));
		index.changed(c.inquiryId());
	}

	private void requireInquiry(InquiryId inquiry) {
		if (inquiry == null || inquiries.get(inquiry).isEmpty()) {
			throw new OversightException("oversight.error.notFound", inquiry == null ? "" : inquiry.value());
		}
	}

	/** @return the participant's organization */
	private Long requireSide(InquiryId inquiry, long participant, String side) {
		return inquiries.participants(inquiry).stream().filter(p -> p.id() == participant && p.side().equals(side))
			.findFirst().orElseThrow(() -> new OversightException("oversight.error.participant")).organizationId();
	}

	private long insert(JdbcClient.StatementSpec spec) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		spec.update(keys, "id");
		return keys.getKey().longValue();
	}

	private void audit(String action, long inquiry, String summary) {
		events.publishEvent(AuditEvent.created("oversight.inquiry." + action, "Inquiry", inquiry, summary, null));
	}
}
