package org.lvzhi.suggestions.bills;

import java.time.LocalDate;

import org.lvzhi.directory.OrganizationId;
import org.springframework.data.relational.core.mapping.Table;

/** An organ the standing committee handed the bill to, and its report once it came. */
@Table("suggestions_bill_organ")
public record BillOrgan(long organizationId, LocalDate handedOn, LocalDate reportDue, String report, LocalDate reportedOn) {

	public OrganizationId organization() {
		return new OrganizationId(organizationId);
	}

	public boolean reported() {
		return reportedOn != null;
	}

	BillOrgan withReport(String text, LocalDate on) {
		return new BillOrgan(organizationId, handedOn, reportDue, text, on);
	}
}
