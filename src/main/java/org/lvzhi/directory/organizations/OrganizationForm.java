package org.lvzhi.directory.organizations;

import java.time.LocalDate;

import org.lvzhi.directory.Classification;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationView;
import org.springframework.format.annotation.DateTimeFormat;

/** The organization form as submitted. */
record OrganizationForm(String name, Classification classification, Long parentId, DeputyLevel level, Integer term,
		String area, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate foundingDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dissolutionDate, Integer version) {

	static OrganizationForm empty() {
		return new OrganizationForm(null, null, null, null, null, null, null, null, null);
	}

	static OrganizationForm of(OrganizationView o) {
		return new OrganizationForm(o.name(), o.classification(), o.parentId() == null ? null : o.parentId().value(),
				o.level(), o.term(), o.area(), o.foundingDate(), o.dissolutionDate(), o.version());
	}

	OrganizationDetails details() {
		return new OrganizationDetails(name, classification, parentId == null ? null : new OrganizationId(parentId),
				level, term, area, foundingDate, dissolutionDate);
	}
}
