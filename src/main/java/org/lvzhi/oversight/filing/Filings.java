package org.lvzhi.oversight.filing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.oversight.FilingId;
import org.lvzhi.oversight.FilingOutcome;
import org.lvzhi.oversight.ReviewType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of filed normative documents and review requests. */
@Service
@Transactional(readOnly = true)
public class Filings {

	public record FilingView(long id, String title, String docNumber, long makerId, LocalDate publishedOn,
			LocalDate filedOn, LocalDate filingDue, boolean late, LocalDate checkDue, LocalDate checkedOn,
			ReviewType reviewType, LocalDate reviewDue, FilingState state, String opinion, LocalDate opinionSentOn,
			LocalDate answerDue, String answer, LocalDate answeredOn, FilingOutcome outcome, LocalDate concludedOn,
			int version) {

		public boolean checkLate() {
			return checkedOn != null && checkedOn.isAfter(checkDue);
		}

		public boolean answerLate() {
			return answeredOn != null && answerDue != null && answeredOn.isAfter(answerDue);
		}
	}

	public record RequestView(long id, String trackingCode, String documentTitle, String reason, String requester,
			String contact, LocalDate submittedOn, Long filingId, RequestState state, String reply, LocalDate repliedOn,
			int version) {
	}

	private final JdbcClient jdbc;

	Filings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<FilingView> get(FilingId id) {
		return jdbc.sql("SELECT * FROM oversight_filing WHERE id = ?").param(id.value()).query(FilingView.class).optional();
	}

	public List<FilingView> all(Integer year) {
		return year == null
				? jdbc.sql("SELECT * FROM oversight_filing ORDER BY filed_on DESC, id DESC").query(FilingView.class).list()
				: filedIn(year);
	}

	public List<FilingView> filedIn(int year) {
		return jdbc.sql("SELECT * FROM oversight_filing WHERE filed_on >= ? AND filed_on < ? ORDER BY filed_on, id")
			.params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).query(FilingView.class).list();
	}

	public Optional<RequestView> request(String trackingCode) {
		return jdbc.sql("SELECT * FROM oversight_filing_request WHERE tracking_code = ?")
			.param(trackingCode == null ? "" : trackingCode.strip().toUpperCase()).query(RequestView.class).optional();
	}

	public List<RequestView> requests() {
		return jdbc.sql("SELECT * FROM oversight_filing_request ORDER BY submitted_on DESC, id DESC").query(RequestView.class)
			.list();
	}
}
