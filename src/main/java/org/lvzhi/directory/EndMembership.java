package org.lvzhi.directory;

import java.time.LocalDate;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.memberships.MembershipRepository;
import org.lvzhi.directory.memberships.MembershipRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends a membership on a day. The membership stays in the directory as history.
 */
@Service
public class EndMembership {

	private final MembershipRepository memberships;
	private final ApplicationEventPublisher events;

	EndMembership(MembershipRepository memberships, ApplicationEventPublisher events) {
		this.memberships = memberships;
		this.events = events;
	}

	/**
	 * Sets the end date over the version the editor saw.
	 * @throws DirectoryException when the date is missing or before the start date
	 * @throws org.springframework.dao.OptimisticLockingFailureException when someone saved in between
	 */
	@Transactional
	public void end(MembershipId id, LocalDate endDate, int expectedVersion) {
		MembershipRow before = memberships.findById(id.value())
			.orElseThrow(() -> new DirectoryException("directory.error.membershipNotFound", id.value()));
		if (endDate == null) {
			throw new DirectoryException("directory.error.endRequired");
		}
		if (endDate.isBefore(before.startDate())) {
			throw new DirectoryException("directory.error.endBeforeStart", endDate, before.startDate());
		}
		MembershipRow after = memberships.save(before.endedOn(endDate, expectedVersion));
		events.publishEvent(AuditEvent.changed("directory.membership.ended", "Membership", id.value(),
				"person " + before.personId() + " → organization " + before.organizationId(), before, after));
	}
}
