package org.lvzhi.oversight.filing;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Arrays;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.deadlines.DeadlinePeriod;
import org.lvzhi.deadlines.Deadlines;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.oversight.FilingId;
import org.lvzhi.oversight.FilingOutcome;
import org.lvzhi.oversight.FilingWorkflow;
import org.lvzhi.oversight.OversightException;
import org.lvzhi.oversight.ReviewType;
import org.lvzhi.platform.FieldLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moves of the filing review. Its periods are {@link FilingSettings} (by default filing within 30
 * days of publication, formal check within 10 days of filing, review within 3 months, the maker's
 * answer within 30 days of the written opinion); days counted on the working-day calendar's rules.
 */
@Service
class FilingService implements FilingWorkflow {

	private static final char[] CODE = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

	private final FieldLimits limits;
	private final JdbcClient jdbc;
	private final Filings filings;
	private final Deadlines deadlines;
	private final ApplicationEventPublisher events;
	private final FilingSettings settings;
	private final FilingIndex index;
	private final SecureRandom random = new SecureRandom();

	FilingService(JdbcClient jdbc, Filings filings, Deadlines deadlines, ApplicationEventPublisher events,
			FieldLimits limits, FilingSettings settings, FilingIndex index) {
		this.index = index;
		this.limits = limits;
		this.settings = settings;
		this.jdbc = jdbc;
		this.filings = filings;
		this.deadlines = deadlines;
		this.events = events;
	}

	/** The last day a document published on that day may be filed in time. */
	LocalDate filingDue(LocalDate published) {
		return deadlines.dueDate(published, DeadlinePeriod.calendarDays(settings.filingDays())).date();
	}

	@Override
	@Transactional
	public FilingId file(String title, String number, OrganizationId maker, LocalDate published, LocalDate filed) {
		if (title == null || title.isBlank()) {
			throw new OversightException("oversight.error.titleRequired");
		}
		if (maker == null) {
			throw new OversightException("oversight.error.organRequired");
		}
		if (published == null || filed == null || filed.isBefore(published)) {
			throw new OversightException("oversight.error.filingDates");
		}
		LocalDate due = filingDue(published);
		boolean late = filed.isAfter(due);
		LocalDate checkDue = deadlines.dueDate(filed, DeadlinePeriod.calendarDays(settings.checkDays())).date();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO oversight_filing (title, doc_number, maker_id, published_on, filed_on, filing_due, late, check_due, state)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'FILED')""")
			.params(title.strip(), number == null || number.isBlank() ? null : number.strip(), maker.value(), published,
					filed, due, late, checkDue)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		events.publishEvent(AuditEvent.created("oversight.filing.filed", "Filing", id, title.strip(),
				late ? "late, due " + due : "in time"));
		index.changed(id);
		return new FilingId(id);
	}

	@Override
	@Transactional
	public void check(FilingId filing, ReviewType type, LocalDate on) {
		if (type == null) {
			throw new OversightException("oversight.error.reviewType");
		}
		Filings.FilingView f = require(filing, FilingState.FILED);
		update(f, "UNDER_REVIEW", "checked_on = ?, review_type = ?, review_due = ?", on, type.name(),
				deadlines.dueDate(on, DeadlinePeriod.months(settings.reviewMonths())).date());
	}

	@Override
	@Transactional
	public void sendOpinion(FilingId filing, String opinion, LocalDate on) {
		Filings.FilingView f = require(filing, FilingState.UNDER_REVIEW);
		update(f, "OPINION_SENT", "opinion = ?, opinion_sent_on = ?, answer_due = ?", text(opinion), on,
				deadlines.dueDate(on, DeadlinePeriod.calendarDays(settings.answerDays())).date());
	}

	@Override
	@Transactional
	public void recordAnswer(FilingId filing, String answer, LocalDate on) {
		Filings.FilingView f = require(filing, FilingState.OPINION_SENT);
		update(f, "ANSWERED", "answer = ?, answered_on = ?", text(answer), on);
	}

	@Override
	@Transactional
	public void conclude(FilingId filing, FilingOutcome outcome, LocalDate on) {
		if (outcome == null) {
			throw new OversightException("oversight.error.outcomeRequired");
		}
		Filings.FilingView f = outcome == FilingOutcome.NO_PROBLEM ? require(filing, FilingState.UNDER_REVIEW, FilingState.ANSWERED)
				: require(filing, FilingState.ANSWERED);
		update(f, "CONCLUDED", "outcome = ?, concluded_on = ?", outcome.name(), on);
	}

	private Filings.FilingView require(FilingId filing, FilingState... allowed) {
		Filings.FilingView f = filings.get(filing)
			.orElseThrow(() -> new OversightException("oversight.error.notFound", filing.value()));
		if (!Arrays.asList(allowed).contains(f.state())) {
			throw new OversightException("oversight.error.illegalFilingMove",
					new DefaultMessageSourceResolvable("oversight.filing.state." + f.state()));
		}
		return f;
	}

	private void update(Filings.FilingView f, String state, String set, Object... values) {
		Object[] params = Arrays.copyOf(values, values.length + 3);
		params[values.length] = state;
		params[values.length + 1] = f.id();
		params[values.length + 2] = f.version();
		int changed = jdbc.sql("UPDATE oversight_filing SET " + set + ", state = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(params).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Filing " + f.id() + " changed");
		}
		events.publishEvent(AuditEvent.changed("oversight.filing." + state.toLowerCase(), "Filing", f.id(), f.title(),
				f.state(), state));
		index.changed(f.id());
	}

	private static String text(String value) {
		if (value == null || value.isBlank()) {
			throw new OversightException("oversight.error.textRequired");
		}
		return value.strip();
	}

	@Override
	@Transactional
	public String requestReview(String documentTitle, String reason, String requester, String contact, LocalDate on) {
		if (documentTitle == null || documentTitle.isBlank() || reason == null || reason.isBlank() || requester == null
				|| requester.isBlank()) {
			throw new OversightException("oversight.error.requestRequired");
		}
		limits.check("oversight_filing_request.document_title", documentTitle.strip());
		limits.check("oversight_filing_request.requester", requester.strip());
		limits.check("oversight_filing_request.contact", contact == null ? null : contact.strip());
		String code = code();
		jdbc.sql("""
				INSERT INTO oversight_filing_request (tracking_code, document_title, reason, requester, contact, submitted_on, state)
				VALUES (?, ?, ?, ?, ?, ?, 'RECEIVED')""")
			.params(code, documentTitle.strip(), reason.strip(), requester.strip(),
					contact == null || contact.isBlank() ? null : contact.strip(), on)
			.update();
		events.publishEvent(AuditEvent.created("oversight.filing.requested", "FilingRequest", code, documentTitle.strip(),
				null));
		return code;
	}

	@Override
	@Transactional
	public void linkRequest(String trackingCode, FilingId filing) {
		Filings.RequestView r = request(trackingCode);
		filings.get(filing).orElseThrow(() -> new OversightException("oversight.error.notFound", filing.value()));
		updateRequest(r, "filing_id = ?, state = 'UNDER_REVIEW'", filing.value());
	}

	@Override
	@Transactional
	public void replyToRequest(String trackingCode, String reply, LocalDate on) {
		Filings.RequestView r = request(trackingCode);
		updateRequest(r, "reply = ?, replied_on = ?, state = 'ANSWERED'", text(reply), on);
	}

	private Filings.RequestView request(String trackingCode) {
		return filings.request(trackingCode)
			.orElseThrow(() -> new OversightException("oversight.error.trackingCode"));
	}

	private void updateRequest(Filings.RequestView r, String set, Object... values) {
		Object[] params = Arrays.copyOf(values, values.length + 2);
		params[values.length] = r.id();
		params[values.length + 1] = r.version();
		int changed = jdbc.sql("UPDATE oversight_filing_request SET " + set + ", version = version + 1 WHERE id = ? AND version = ?")
			.params(params).update();
		if (changed == 0) {
			throw new OptimisticLockingFailureException("Request " + r.trackingCode() + " changed");
		}
		events.publishEvent(AuditEvent.changed("oversight.filing.requestUpdated", "FilingRequest", r.trackingCode(),
				r.documentTitle(), r.state(), set));
	}

	private String code() {
		char[] c = new char[10];
		for (int i = 0; i < c.length; i++) {
			c[i] = CODE[random.nextInt(CODE.length)];
		}
		return new String(c);
	}
}
