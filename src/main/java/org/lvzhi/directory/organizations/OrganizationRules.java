package org.lvzhi.directory.organizations;

import org.lvzhi.directory.DirectoryException;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.internal.Texts;
import org.springframework.stereotype.Component;

/** What a body's details must satisfy before they are saved. */
@Component
public class OrganizationRules {

	private final OrganizationRepository organizations;

	OrganizationRules(OrganizationRepository organizations) {
		this.organizations = organizations;
	}

	/** @param self the body being edited, or {@code null} for a new one */
	public void check(OrganizationDetails d, Long self) {
		if (!Texts.present(d.name())) {
			throw new DirectoryException("directory.error.nameRequired");
		}
		if (d.classification() == null) {
			throw new DirectoryException("directory.error.classificationRequired");
		}
		organizations.findByName(Texts.clean(d.name()))
			.filter(other -> !other.id().equals(self))
			.ifPresent(other -> {
				throw new DirectoryException("directory.error.organizationNameTaken", other.name());
			});
		if (d.parentId() != null) {
			if (d.parentId().value() == (self == null ? -1 : self) || !organizations.existsById(d.parentId().value())) {
				throw new DirectoryException("directory.error.parentInvalid");
			}
		}
		if (d.foundingDate() != null && d.dissolutionDate() != null && d.dissolutionDate().isBefore(d.foundingDate())) {
			throw new DirectoryException("directory.error.dissolvedBeforeFounded");
		}
	}
}
