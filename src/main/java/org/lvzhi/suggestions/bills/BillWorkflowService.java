package org.lvzhi.suggestions.bills;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.lvzhi.suggestions.BillContent;
import org.lvzhi.suggestions.BillId;
import org.lvzhi.suggestions.BillOutcome;
import org.lvzhi.suggestions.BillWorkflow;
import org.lvzhi.suggestions.SuggestionId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The use cases behind {@link BillWorkflow}, each run on the bill's current version. */
@Service
class BillWorkflowService implements BillWorkflow {

	private final BillStore store;
	private final DraftBill draft;
	private final SignBill sign;
	private final FileBill file;
	private final ReferBill refer;
	private final ConvertBill convert;
	private final RecordCommitteeReport committeeReport;
	private final SettleBill settle;
	private final RecordOrganReport organReport;
	private final CompleteBill complete;
	private final JdbcClient jdbc;

	BillWorkflowService(BillStore store, DraftBill draft, SignBill sign, FileBill file, ReferBill refer,
			ConvertBill convert, RecordCommitteeReport committeeReport, SettleBill settle, RecordOrganReport organReport,
			CompleteBill complete, JdbcClient jdbc) {
		this.store = store;
		this.draft = draft;
		this.sign = sign;
		this.file = file;
		this.refer = refer;
		this.convert = convert;
		this.committeeReport = committeeReport;
		this.settle = settle;
		this.organReport = organReport;
		this.complete = complete;
		this.jdbc = jdbc;
	}

	private int version(BillId bill) {
		return store.load(bill).version();
	}

	@Override
	public BillId draft(PersonId lead, BillContent content, List<PersonId> coSigners, LocalDate on) {
		return draft.draft(lead, content, coSigners, on);
	}

	@Override
	public void sign(BillId bill, PersonId deputy, LocalDate on) {
		sign.sign(bill, version(bill), deputy, on);
	}

	@Override
	public String file(BillId bill, PersonId lead, LocalDate on) {
		return file.file(bill, version(bill), lead, on);
	}

	@Override
	public LocalDate refer(BillId bill, OrganizationId committee, String note, LocalDate on) {
		return refer.refer(bill, version(bill), committee, note, on);
	}

	@Override
	public SuggestionId convert(BillId bill, String category, String note, LocalDate on) {
		return convert.convert(bill, version(bill), category, note, on);
	}

	@Override
	public void recordCommitteeReport(BillId bill, String text, BillOutcome recommendation, LocalDate on) {
		committeeReport.record(bill, version(bill), text, recommendation, on);
	}

	@Override
	public void settle(BillId bill, BillOutcome outcome, String note, List<OrganizationId> organs, LocalDate on) {
		settle.settle(bill, version(bill), outcome, note, organs, on);
	}

	@Override
	public void recordOrganReport(BillId bill, OrganizationId organ, String text, LocalDate on) {
		organReport.record(bill, version(bill), organ, text, on);
	}

	@Override
	public void complete(BillId bill, String note, LocalDate on) {
		complete.complete(bill, version(bill), note, on);
	}

	@Override
	public Optional<BillOrigin> originOf(SuggestionId suggestion) {
		return jdbc.sql("SELECT id, number FROM suggestions_bill WHERE suggestion_id = :s")
			.param("s", suggestion.value())
			.query((rs, n) -> new BillOrigin(new BillId(rs.getLong("id")), rs.getString("number")))
			.optional();
	}
}
