package org.lvzhi.petitions;

import java.time.LocalDate;

/**
 * The petitions office's moves, for modules that record petitions on its behalf (the demo world).
 * Each move runs in one transaction, is audited, and refuses an illegal step with a
 * {@link org.lvzhi.platform.DomainException}. Nothing here returns personal data.
 */
public interface PetitionDesk {

	/** Registers a letter, visit, online or telephone petition; the routing period starts. */
	PetitionId register(NewPetition petition);

	/** Decides the route; {@code body} for a transfer or assignment, {@code reason} when not accepted or redirected. */
	void route(PetitionId petition, Route route, String body, Long bodyId, String reason, LocalDate on);

	void reply(PetitionId petition, ReplyKind kind, String text, LocalDate on);

	void requestReview(PetitionId petition, LocalDate on);

	void decideReview(PetitionId petition, String text, LocalDate on);

	void close(PetitionId petition, LocalDate on);

	/** 督办 by a named leader until a deadline. */
	void supervise(PetitionId petition, String leader, LocalDate until, String note, LocalDate on);
}
