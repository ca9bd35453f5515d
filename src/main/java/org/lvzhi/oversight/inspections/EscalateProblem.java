package org.lvzhi.oversight.inspections;

import java.time.LocalDate;
import java.util.Map;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.InquiryId;
import org.lvzhi.oversight.InquiryWorkflow;
import org.lvzhi.oversight.InterpellationId;
import org.lvzhi.oversight.InterpellationWorkflow;
import org.lvzhi.oversight.inquiry.Inquiries;
import org.lvzhi.oversight.inquiry.Interpellations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A problem still not fixed after re-inspection is escalated into a record where the follow-up
 * happens: a question topic of a special inquiry (专题询问), new or chosen, or an interpellation (质询)
 * of the responsible organ, new or one still open. The problem keeps the link.
 */
@Service
public class EscalateProblem {

	private final ProblemStore store;
	private final ProblemNotices notices;
	private final Inspections inspections;
	private final InquiryWorkflow inquiryWorkflow;
	private final Inquiries inquiries;
	private final InterpellationWorkflow interpellationWorkflow;
	private final Interpellations interpellations;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	EscalateProblem(ProblemStore store, ProblemNotices notices, Inspections inspections,
			InquiryWorkflow inquiryWorkflow, Inquiries inquiries, InterpellationWorkflow interpellationWorkflow,
			Interpellations interpellations, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.store = store;
		this.notices = notices;
		this.inspections = inspections;
		this.inquiryWorkflow = inquiryWorkflow;
		this.inquiries = inquiries;
		this.interpellationWorkflow = interpellationWorkflow;
		this.interpellations = interpellations;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Escalates into a new inquiry or a new interpellation. @return the ID of the record it went to */
	@Transactional
	public long escalate(ProblemId id, int version, Escalation to, LocalDate on) {
		return escalate(id, version, to, null, on);
	}

	/**
	 * @param into the inquiry (for {@code INQUIRY}) or the open interpellation of the same organ (for
	 *     {@code QUESTIONING}) to add the problem to; {@code null} makes a new one
	 * @return the ID of the inquiry or interpellation the problem went to
	 */
	@Transactional
	public long escalate(ProblemId id, int version, Escalation to, Long into, LocalDate on) {
		if (to == null) {
			throw new InspectionException("inspections.error.escalationRequired");
		}
		Problem p = store.load(id, version);
		Problem.Snapshot before = p.snapshot();
		p.escalate(to, on);
		store.save(p, "escalated", before);
		String inspection = inspections.inspection(p.inspection()).map(InspectionViews.InspectionRow::title).orElse("");
		String text = p.description() + (p.articleRef() == null ? "" : "（" + p.articleRef() + "）");
		OrganizationId organ = p.unitId() == null ? null : new OrganizationId(p.unitId());
		long target;
		if (to == Escalation.INQUIRY) {
			InquiryId inquiry;
			if (into == null) {
				inquiry = inquiryWorkflow.prepare("关于" + inspection + "发现问题整改情况的专题询问", null);
			}
			else {
				inquiry = new InquiryId(into);
				if (inquiries.get(inquiry).isEmpty()) {
					throw new InspectionException("inspections.error.escalationTarget");
				}
			}
			inquiryWorkflow.addTopic(inquiry, text, organ, p.id, on);
			target = inquiry.value();
		}
		else {
			if (organ == null) {
				throw new InspectionException("inspections.error.escalationTarget");
			}
			InterpellationId interpellation;
			if (into == null) {
				interpellation = interpellationWorkflow.file(organ, inspection + "发现的问题经复查仍未整改到位，依法提出质询。", on);
			}
			else {
				interpellation = new InterpellationId(into);
				if (interpellations.openFor(organ.value()).stream().noneMatch(i -> i.id() == into)) {
					throw new InspectionException("inspections.error.escalationTarget");
				}
			}
			interpellationWorkflow.addProblem(interpellation, p.id, text);
			target = interpellation.value();
		}
		jdbc.sql("UPDATE oversight_inspection_problem SET " + (to == Escalation.INQUIRY ? "inquiry_id" : "interpellation_id")
				+ " = :t WHERE id = :id").param("t", target).param("id", p.id).update();
		events.publishEvent(AuditEvent.changed("oversight.inspections.problem.escalationLinked", "InspectionProblem", p.id,
				ProblemStore.abbreviate(p.description()), null, Map.of("escalation", to.name(), "target", target)));
		notices.toUnit(p, "escalated");
		return target;
	}
}
