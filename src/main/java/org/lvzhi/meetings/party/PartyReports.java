package org.lvzhi.meetings.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.meetings.MeetingsException;
import org.lvzhi.meetings.PartyReportKind;
import org.lvzhi.platform.FieldLimits;
import org.lvzhi.platform.Page;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of requests and reports to the municipal party committee (向市委请示报告), kept by the general office. */
@Service
@Transactional
public class PartyReports {

	public record PartyReport(long id, String subject, PartyReportKind kind, LocalDate sentOn, String reply,
			LocalDate repliedOn, int version) {
	}

	private final JdbcClient jdbc;
	private final FieldLimits limits;
	private final ApplicationEventPublisher events;

	PartyReports(JdbcClient jdbc, FieldLimits limits, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.events = events;
	}

	public long register(PartyReportKind kind, String subject, LocalDate sentOn, String reply, LocalDate repliedOn) {
		if (kind == null) {
			throw new MeetingsException("meetings.error.kindRequired");
		}
		if (subject == null || subject.isBlank()) {
			throw new MeetingsException("meetings.error.titleRequired");
		}
		if (sentOn == null) {
			throw new MeetingsException("meetings.error.dateRequired");
		}
		checkReply(sentOn, reply, repliedOn);
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("INSERT INTO meetings_party_report (subject, kind, sent_on, reply, replied_on) VALUES (?, ?, ?, ?, ?)")
			.params(limits.check("meetings_party_report.subject", subject.strip()), kind.name(), sentOn,
					limits.check("meetings_party_report.reply", blankToNull(reply)), repliedOn)
			.update(key, "id");
		long id = key.getKey().longValue();
		events.publishEvent(AuditEvent.created("meetings.partyReport.registered", "PartyReport", id, subject, get(id)));
		return id;
	}

	/** Records the party committee's reply. */
	public void reply(long id, Integer version, String reply, LocalDate repliedOn) {
		PartyReport before = get(id);
		if (version != null && version != before.version()) {
			throw new OptimisticLockingFailureException("Party report " + id + " is at version " + before.version());
		}
		if (reply == null || reply.isBlank() || repliedOn == null) {
			throw new MeetingsException("meetings.error.replyRequired");
		}
		checkReply(before.sentOn(), reply, repliedOn);
		int n = jdbc.sql("UPDATE meetings_party_report SET reply = ?, replied_on = ?, version = version + 1 WHERE id = ? AND version = ?")
			.params(limits.check("meetings_party_report.reply", reply.strip()), repliedOn, id, before.version()).update();
		if (n != 1) {
			throw new OptimisticLockingFailureException("Party report " + id + " changed meanwhile");
		}
		events.publishEvent(AuditEvent.changed("meetings.partyReport.replied", "PartyReport", id, before.subject(), before,
				get(id)));
	}

	@Transactional(readOnly = true)
	public PartyReport get(long id) {
		return jdbc.sql("SELECT * FROM meetings_party_report WHERE id = ?").param(id).query(PartyReport.class).optional()
			.orElseThrow(() -> new MeetingsException("meetings.error.notFound", id));
	}

	@Transactional(readOnly = true)
	public List<PartyReport> sentIn(int year) {
		return jdbc.sql("SELECT * FROM meetings_party_report WHERE sent_on >= ? AND sent_on < ? ORDER BY sent_on, id")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).query(PartyReport.class).list();
	}

	@Transactional(readOnly = true)
	public Page<PartyReport> find(Integer year, PartyReportKind kind, int number, int size) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		if (year != null) {
			where.append(" AND sent_on >= ? AND sent_on < ?");
			params.add(LocalDate.of(year, 1, 1));
			params.add(LocalDate.of(year + 1, 1, 1));
		}
		if (kind != null) {
			where.append(" AND kind = ?");
			params.add(kind.name());
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM meetings_party_report" + where).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(size);
		paged.add(Page.offset(number, size));
		return new Page<>(jdbc.sql("SELECT * FROM meetings_party_report" + where + " ORDER BY sent_on DESC, id DESC LIMIT ? OFFSET ?")
			.params(paged).query(PartyReport.class).list(), number, size, total);
	}

	private static void checkReply(LocalDate sentOn, String reply, LocalDate repliedOn) {
		if (repliedOn != null && repliedOn.isBefore(sentOn)) {
			throw new MeetingsException("meetings.error.replyBeforeSent");
		}
		if (repliedOn != null && (reply == null || reply.isBlank())) {
			throw new MeetingsException("meetings.error.replyRequired");
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
