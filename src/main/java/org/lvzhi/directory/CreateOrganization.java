package org.lvzhi.directory;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.organizations.OrganizationRepository;
import org.lvzhi.directory.organizations.OrganizationRow;
import org.lvzhi.directory.organizations.OrganizationRules;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds a body to the directory.
 */
@Service
public class CreateOrganization {

	private final OrganizationRepository organizations;
	private final OrganizationRules rules;
	private final ApplicationEventPublisher events;

	CreateOrganization(OrganizationRepository organizations, OrganizationRules rules, ApplicationEventPublisher events) {
		this.organizations = organizations;
		this.rules = rules;
		this.events = events;
	}

	/**
	 * Creates the body.
	 * @throws DirectoryException when the name is missing or taken, the classification missing,
	 *     the parent unknown, or the dissolution date before the founding date
	 */
	@Transactional
	public OrganizationId create(OrganizationDetails details) {
		rules.check(details, null);
		OrganizationRow saved = organizations.save(OrganizationRow.of(null, details, 0));
		events.publishEvent(AuditEvent.created("directory.organization.created", "Organization", saved.id(),
				saved.name(), saved.snapshot()));
		return new OrganizationId(saved.id());
	}
}
