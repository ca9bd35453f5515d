package org.lvzhi.directory.organizations;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.DirectoryException;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a body's details.
 */
@Service
public class EditOrganization {

	private final OrganizationRepository organizations;
	private final OrganizationRules rules;
	private final ApplicationEventPublisher events;

	EditOrganization(OrganizationRepository organizations, OrganizationRules rules, ApplicationEventPublisher events) {
		this.organizations = organizations;
		this.rules = rules;
		this.events = events;
	}

	/**
	 * Saves the details over the version the editor saw.
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone saved in between
	 * @throws DirectoryException when a rule refuses the details or the body does not exist
	 */
	@Transactional
	public void edit(OrganizationId id, OrganizationDetails details, int expectedVersion) {
		OrganizationRow before = organizations.findById(id.value())
			.orElseThrow(() -> new DirectoryException("directory.error.organizationNotFound", id.value()));
		rules.check(details, before.id());
		OrganizationRow after = organizations.save(OrganizationRow.of(before.id(), details, expectedVersion));
		events.publishEvent(AuditEvent.changed("directory.organization.edited", "Organization", id.value(),
				after.name(), before.snapshot(), after.snapshot()));
	}
}
