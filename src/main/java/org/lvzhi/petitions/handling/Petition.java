package org.lvzhi.petitions.handling;

import java.time.LocalDate;

import org.lvzhi.petitions.PetitionId;
import org.lvzhi.petitions.PetitionKind;
import org.lvzhi.petitions.ReplyKind;
import org.lvzhi.petitions.Route;

/**
 * A petition (信访事项) without its petitioner's personal data, which are read apart
 * ({@link PetitionStore#petitioner}). One method per move; each refuses an illegal one with a
 * {@link PetitionException} and sets the next deadline from the {@link PetitionSettings}.
 */
public class Petition {

	Long id;
	String number;
	String trackingCode;
	PetitionKind kind;
	LocalDate receivedOn;
	int headCount = 1;
	String subject;
	String matter;
	String category;
	String area;
	String bodyConcerned;
	PetitionState state = PetitionState.REGISTERED;
	LocalDate routeDue;
	Route route;
	LocalDate routedOn;
	String routeReason;
	String handlingBody;
	Long handlingBodyId;
	LocalDate handlingDue;
	boolean extended;
	String reportBack;
	ReplyKind replyKind;
	String replyText;
	LocalDate repliedOn;
	LocalDate reviewRequestDue;
	LocalDate reviewRequestedOn;
	LocalDate reviewDecisionDue;
	String reviewText;
	LocalDate reviewedOn;
	LocalDate reReviewRequestDue;
	LocalDate reReviewRequestedOn;
	LocalDate reReviewDecisionDue;
	String reReviewText;
	LocalDate reReviewedOn;
	boolean supervised;
	LocalDate supervisedOn;
	String supervisor;
	LocalDate supervisionDue;
	String supervisionNote;
	LocalDate closedOn;
	int version;

	Petition() {
	}

	static Petition register(PetitionKind kind, LocalDate receivedOn, int headCount, String subject, String matter,
			String category, String area, String bodyConcerned, PetitionSettings settings, DueDates due) {
		Petition p = new Petition();
		p.kind = kind;
		p.receivedOn = receivedOn;
		p.headCount = headCount;
		p.subject = subject;
		p.matter = matter;
		p.category = category;
		p.area = area;
		p.bodyConcerned = bodyConcerned;
		p.routeDue = due.after(receivedOn, settings.routePeriod());
		return p;
	}

	/** Routes a registered petition: to a body, to the office itself, to the courts, or not accepted. */
	void route(Route to, String body, Long bodyId, String reason, LocalDate on, PetitionSettings settings, DueDates due) {
		require(PetitionState.REGISTERED);
		notBefore(on, receivedOn);
		if (to.handsOver() && (body == null || body.isBlank())) {
			throw new PetitionException("petitions.error.bodyRequired");
		}
		if (!to.accepted() && (reason == null || reason.isBlank())) {
			throw new PetitionException("petitions.error.reasonRequired");
		}
		route = to;
		routedOn = on;
		routeReason = blankToNull(reason);
		handlingBody = to.handsOver() ? body.strip() : null;
		handlingBodyId = to.handsOver() ? bodyId : null;
		if (to.accepted()) {
			state = PetitionState.HANDLING;
			handlingDue = due.after(on, settings.handlingPeriod());
		}
		else {
			state = PetitionState.NOT_ACCEPTED;
			closedOn = on;
		}
	}

	/** A complex matter gets more time, once. */
	void extend(LocalDate on, PetitionSettings settings, DueDates due) {
		require(PetitionState.HANDLING);
		if (extended) {
			throw new PetitionException("petitions.error.alreadyExtended");
		}
		notBefore(on, routedOn);
		extended = true;
		handlingDue = due.after(handlingDue, settings.extensionPeriod());
	}

	/** The body a matter was assigned (交办) to reports back what it did. */
	void reportBack(String text, LocalDate on) {
		require(PetitionState.HANDLING);
		if (route != Route.ASSIGN && route != Route.TRANSFER) {
			throw new PetitionException("petitions.error.notHandedOver");
		}
		notBefore(on, routedOn);
		reportBack = required(text);
	}

	/** The written reply to the petitioner; the review window opens. */
	void reply(ReplyKind kind, String text, LocalDate on, PetitionSettings settings, DueDates due) {
		require(PetitionState.HANDLING);
		notBefore(on, routedOn);
		if (kind == null) {
			throw new PetitionException("petitions.error.replyKind");
		}
		replyKind = kind;
		replyText = required(text);
		repliedOn = on;
		reviewRequestDue = due.after(on, settings.reviewRequestPeriod());
		state = PetitionState.REPLIED;
	}

	/** The petitioner asks for a review (复查) within the window after the reply. */
	void requestReview(LocalDate on, PetitionSettings settings, DueDates due) {
		require(PetitionState.REPLIED);
		notBefore(on, repliedOn);
		if (on.isAfter(reviewRequestDue)) {
			throw new PetitionException("petitions.error.reviewLate", reviewRequestDue);
		}
		reviewRequestedOn = on;
		reviewDecisionDue = due.after(on, settings.reviewDecisionPeriod());
		state = PetitionState.UNDER_REVIEW;
	}

	void decideReview(String text, LocalDate on, PetitionSettings settings, DueDates due) {
		require(PetitionState.UNDER_REVIEW);
		notBefore(on, reviewRequestedOn);
		reviewText = required(text);
		reviewedOn = on;
		reReviewRequestDue = due.after(on, settings.reReviewRequestPeriod());
		state = PetitionState.REVIEWED;
	}

	/** The petitioner asks for a re-review (复核) within the window after the review. */
	void requestReReview(LocalDate on, PetitionSettings settings, DueDates due) {
		require(PetitionState.REVIEWED);
		notBefore(on, reviewedOn);
		if (on.isAfter(reReviewRequestDue)) {
			throw new PetitionException("petitions.error.reviewLate", reReviewRequestDue);
		}
		reReviewRequestedOn = on;
		reReviewDecisionDue = due.after(on, settings.reReviewDecisionPeriod());
		state = PetitionState.UNDER_RE_REVIEW;
	}

	/** The re-review's opinion is final: the same matter is not taken up again. */
	void decideReReview(String text, LocalDate on) {
		require(PetitionState.UNDER_RE_REVIEW);
		notBefore(on, reReviewRequestedOn);
		reReviewText = required(text);
		reReviewedOn = on;
		closedOn = on;
		state = PetitionState.FINAL;
	}

	/** Closes a replied or reviewed matter: the petitioner accepted it, or the window passed. */
	void close(LocalDate on) {
		if (state != PetitionState.REPLIED && state != PetitionState.REVIEWED) {
			throw new PetitionException("petitions.error.state", state);
		}
		notBefore(on, state == PetitionState.REPLIED ? repliedOn : reviewedOn);
		closedOn = on;
		state = PetitionState.FINAL;
	}

	/** 督办: a leader supervises the matter until a deadline, at any stage before it is closed. */
	void supervise(String leader, LocalDate until, String note, LocalDate on) {
		if (state.closed()) {
			throw new PetitionException("petitions.error.state", state);
		}
		if (supervised) {
			throw new PetitionException("petitions.error.alreadySupervised");
		}
		notBefore(on, receivedOn);
		if (until == null || !until.isAfter(on)) {
			throw new PetitionException("petitions.error.supervisionDue");
		}
		supervisor = required(leader);
		supervised = true;
		supervisedOn = on;
		supervisionDue = until;
		supervisionNote = blankToNull(note);
	}

	/** The deadline that runs now, or {@code null}. */
	public LocalDate currentDue() {
		return switch (state) {
			case REGISTERED -> routeDue;
			case HANDLING -> handlingDue;
			case REPLIED -> null;
			case UNDER_REVIEW -> reviewDecisionDue;
			case REVIEWED -> null;
			case UNDER_RE_REVIEW -> reReviewDecisionDue;
			case NOT_ACCEPTED, FINAL -> null;
		};
	}

	private void require(PetitionState expected) {
		if (state != expected) {
			throw new PetitionException("petitions.error.state", state);
		}
	}

	private static void notBefore(LocalDate on, LocalDate earliest) {
		if (on == null) {
			throw new PetitionException("petitions.error.dateRequired");
		}
		if (earliest != null && on.isBefore(earliest)) {
			throw new PetitionException("petitions.error.dateBefore", earliest);
		}
	}

	private static String required(String text) {
		if (text == null || text.isBlank()) {
			throw new PetitionException("petitions.error.textRequired");
		}
		if (text.strip().length() > 4000) {
			throw new PetitionException("petitions.error.tooLong", 4000);
		}
		return text.strip();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public PetitionId id() { return id == null ? null : new PetitionId(id); }
	public String number() { return number; }
	public String trackingCode() { return trackingCode; }
	public PetitionKind kind() { return kind; }
	public LocalDate receivedOn() { return receivedOn; }
	public int headCount() { return headCount; }
	public String subject() { return subject; }
	public String matter() { return matter; }
	public String category() { return category; }
	public String area() { return area; }
	public String bodyConcerned() { return bodyConcerned; }
	public PetitionState state() { return state; }
	public LocalDate routeDue() { return routeDue; }
	public Route route() { return route; }
	public LocalDate routedOn() { return routedOn; }
	public String routeReason() { return routeReason; }
	public String handlingBody() { return handlingBody; }
	public Long handlingBodyId() { return handlingBodyId; }
	public LocalDate handlingDue() { return handlingDue; }
	public boolean extended() { return extended; }
	public String reportBack() { return reportBack; }
	public ReplyKind replyKind() { return replyKind; }
	public String replyText() { return replyText; }
	public LocalDate repliedOn() { return repliedOn; }
	public LocalDate reviewRequestDue() { return reviewRequestDue; }
	public LocalDate reviewRequestedOn() { return reviewRequestedOn; }
	public LocalDate reviewDecisionDue() { return reviewDecisionDue; }
	public String reviewText() { return reviewText; }
	public LocalDate reviewedOn() { return reviewedOn; }
	public LocalDate reReviewRequestDue() { return reReviewRequestDue; }
	public LocalDate reReviewRequestedOn() { return reReviewRequestedOn; }
	public LocalDate reReviewDecisionDue() { return reReviewDecisionDue; }
	public String reReviewText() { return reReviewText; }
	public LocalDate reReviewedOn() { return reReviewedOn; }
	public boolean supervised() { return supervised; }
	public LocalDate supervisedOn() { return supervisedOn; }
	public String supervisor() { return supervisor; }
	public LocalDate supervisionDue() { return supervisionDue; }
	public String supervisionNote() { return supervisionNote; }
	public LocalDate closedOn() { return closedOn; }
	public int version() { return version; }
}
