package org.lvzhi.suggestions.bills;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lvzhi.platform.Page;
import org.lvzhi.suggestions.BillId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of bills for the pages, the tiles and the report figure. */
@Service
@Transactional(readOnly = true)
class Bills {

	private static final String COLUMNS = "b.id, b.number, b.title, b.state, b.session_year, b.lead_deputy_id, "
			+ "b.committee_id, b.outcome, b.filed_on, b.completed_on";

	private final BillRepository repository;
	private final JdbcClient jdbc;

	Bills(BillRepository repository, JdbcClient jdbc) {
		this.repository = repository;
		this.jdbc = jdbc;
	}

	Optional<Bill> get(BillId id) {
		return repository.findById(id.value());
	}

	Page<BillListItem> find(BillQuery q, int page, int size) {
		List<Object> args = new ArrayList<>();
		String where = where(q, args);
		long total = jdbc.sql("SELECT COUNT(*) FROM suggestions_bill b" + where).params(args).query(Long.class).single();
		List<BillListItem> items = jdbc.sql("SELECT " + COLUMNS + " FROM suggestions_bill b" + where
				+ " ORDER BY b.session_year DESC, b.seq DESC NULLS FIRST, b.id DESC LIMIT " + size + " OFFSET "
				+ Page.offset(page, size))
			.params(args).query(Bills::item).list();
		return new Page<>(items, page, size, total);
	}

	long count(BillQuery q) {
		List<Object> args = new ArrayList<>();
		return jdbc.sql("SELECT COUNT(*) FROM suggestions_bill b" + where(q, args)).params(args).query(Long.class).single();
	}

	/** Drafts in which the deputy is asked to sign and has not yet signed. */
	long countToSign(long person) {
		return jdbc.sql("SELECT COUNT(*) FROM suggestions_bill b JOIN suggestions_bill_signer s ON s.bill_id = b.id "
				+ "WHERE b.state = 'DRAFTED' AND s.person_id = ? AND s.signed_on IS NULL")
			.param(person).query(Long.class).single();
	}

	/** Bills handed to the organ whose report it still owes. */
	long countReportsOwed(long organ) {
		return jdbc.sql("SELECT COUNT(*) FROM suggestions_bill b JOIN suggestions_bill_organ o ON o.bill_id = b.id "
				+ "WHERE b.state = 'HANDED' AND o.organization_id = ? AND o.reported_on IS NULL")
			.param(organ).query(Long.class).single();
	}

	/** Bills whose deliberation finished (审议完毕) in the year, in the order they finished. */
	List<BillListItem> completedIn(int year) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM suggestions_bill b WHERE b.state = 'COMPLETED' "
				+ "AND b.completed_on >= ? AND b.completed_on < ? ORDER BY b.completed_on, b.id")
			.param(java.time.LocalDate.of(year, 1, 1)).param(java.time.LocalDate.of(year + 1, 1, 1))
			.query(Bills::item).list();
	}

	private static String where(BillQuery q, List<Object> args) {
		StringBuilder w = new StringBuilder(" WHERE 1 = 1");
		if (q.state() != null) {
			w.append(" AND b.state = ?");
			args.add(q.state().name());
		}
		if (q.year() != null) {
			w.append(" AND b.session_year = ?");
			args.add(q.year());
		}
		if (q.text() != null && !q.text().isBlank()) {
			w.append(" AND (b.title LIKE ? OR b.number LIKE ?)");
			String like = "%" + q.text().strip().replace("%", "").replace("_", "") + "%";
			args.add(like);
			args.add(like);
		}
		if (q.deputy() != null) {
			w.append(" AND (b.lead_deputy_id = ? OR EXISTS (SELECT 1 FROM suggestions_bill_signer s "
					+ "WHERE s.bill_id = b.id AND s.person_id = ?))");
			args.add(q.deputy());
			args.add(q.deputy());
		}
		else {
			// Drafts belong to their deputies until filed.
			w.append(" AND b.state <> 'DRAFTED'");
		}
		if (q.organ() != null) {
			w.append(" AND EXISTS (SELECT 1 FROM suggestions_bill_organ o WHERE o.bill_id = b.id AND o.organization_id = ?)");
			args.add(q.organ());
		}
		return w.toString();
	}

	private static BillListItem item(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Long committee = rs.getObject("committee_id") == null ? null : rs.getLong("committee_id");
		return new BillListItem(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
				BillState.valueOf(rs.getString("state")), rs.getInt("session_year"), rs.getLong("lead_deputy_id"),
				committee, rs.getString("outcome"), rs.getObject("filed_on", java.time.LocalDate.class),
				rs.getObject("completed_on", java.time.LocalDate.class));
	}
}
