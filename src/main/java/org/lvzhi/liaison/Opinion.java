package org.lvzhi.liaison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lvzhi.directory.PersonId;

/**
 * A constituent's opinion and its path: the aggregate. Each move is one method that refuses to run
 * in a state it does not start from and adds its line to the timeline; the store saves the row,
 * the new lines, the audit entry and the events together.
 */
public class Opinion {

	Long id;
	String trackingCode;
	OpinionSource source;
	Long stationId;
	Long dayId;
	LocalDate receivedOn;
	String constituentName;
	String constituentPhone;
	String subject;
	String body;
	String category;
	String place;
	OpinionState state;
	ForwardLevel forwardedLevel;
	String forwardedTo;
	LocalDate forwardedOn;
	LocalDate dueOn;
	String redirectReason;
	Long suggestionId;
	String answer;
	LocalDate answeredOn;
	LocalDate toldOn;
	Boolean constituentSolved;
	boolean solved;
	LocalDate closedOn;
	int version;
	List<Long> deputyIds = new ArrayList<>();
	final List<Step> steps = new ArrayList<>();
	/** Lines added by moves since the opinion was loaded; the store writes them. */
	final List<Step> newSteps = new ArrayList<>();

	Opinion() {
	}

	static Opinion receive(NewOpinion n, String trackingCode) {
		Opinion o = new Opinion();
		o.trackingCode = trackingCode;
		o.source = n.source();
		o.stationId = n.station() == null ? null : n.station().value();
		o.dayId = n.day() == null ? null : n.day().value();
		o.receivedOn = n.receivedOn();
		o.constituentName = blankToNull(n.constituentName());
		o.constituentPhone = blankToNull(n.constituentPhone());
		o.subject = n.subject().strip();
		o.body = blankToNull(n.body());
		o.category = n.category();
		o.place = blankToNull(n.place());
		o.state = OpinionState.RECEIVED;
		n.deputies().stream().map(PersonId::value).distinct().forEach(o.deputyIds::add);
		o.log(StepKind.RECEIVED, n.receivedOn(), null);
		return o;
	}

	void answerOnSpot(String text, LocalDate on) {
		require("answerOnSpot", OpinionState.RECEIVED, OpinionState.REOPENED);
		answer = required(text, "liaison.error.answerRequired");
		answeredOn = on;
		toldOn = on;
		finish(true, on);
		log(StepKind.ANSWERED_ON_SPOT, on, answer);
	}

	void redirect(String reason, LocalDate on) {
		require("redirect", OpinionState.RECEIVED, OpinionState.REOPENED);
		redirectReason = required(reason, "liaison.error.reasonRequired");
		state = OpinionState.REDIRECTED;
		solved = false;
		closedOn = on;
		log(StepKind.REDIRECTED, on, redirectReason);
	}

	void forward(ForwardLevel level, String body, LocalDate due, LocalDate on) {
		require("forward", OpinionState.RECEIVED, OpinionState.REOPENED);
		if (level == null) {
			throw new LiaisonException("liaison.error.levelRequired");
		}
		String to = required(body, "liaison.error.bodyRequired");
		if (due == null || !due.isAfter(on)) {
			throw new LiaisonException("liaison.error.dueAfterToday");
		}
		forwardedLevel = level;
		forwardedTo = to;
		forwardedOn = on;
		dueOn = due;
		state = OpinionState.FORWARDED;
		log(StepKind.FORWARDED, on, to);
	}

	void chase(LocalDate on) {
		require("chase", OpinionState.FORWARDED);
		log(StepKind.CHASED, on, forwardedTo);
	}

	void turnIntoSuggestion(long suggestion, LocalDate on) {
		require("toSuggestion", OpinionState.RECEIVED, OpinionState.REOPENED);
		suggestionId = suggestion;
		state = OpinionState.SUGGESTION;
		log(StepKind.TURNED_INTO_SUGGESTION, on, null);
	}

	void sendAsLegislativeInput(String note, LocalDate on) {
		require("legislative", OpinionState.RECEIVED, OpinionState.REOPENED);
		state = OpinionState.LEGISLATIVE;
		log(StepKind.SENT_AS_LEGISLATIVE_INPUT, on, blankToNull(note));
	}

	void recordAnswer(String text, LocalDate on) {
		require("recordAnswer", OpinionState.FORWARDED, OpinionState.SUGGESTION, OpinionState.LEGISLATIVE);
		answer = required(text, "liaison.error.answerRequired");
		answeredOn = on;
		state = OpinionState.ANSWERED;
		log(StepKind.ANSWER_RECORDED, on, answer);
	}

	void tell(String note, LocalDate on) {
		require("tell", OpinionState.ANSWERED);
		toldOn = on;
		state = OpinionState.TOLD;
		log(StepKind.TOLD, on, blankToNull(note));
	}

	/** The constituent says whether the matter is solved, on the tracking page or to the station. */
	void constituentSays(boolean isSolved, String comment, LocalDate on) {
		require("feedback", OpinionState.TOLD, OpinionState.CLOSED);
		constituentSolved = isSolved;
		log(StepKind.CONSTITUENT_FEEDBACK, on, blankToNull(comment));
	}

	void close(boolean asSolved, LocalDate on) {
		require("close", OpinionState.TOLD);
		if (asSolved && Boolean.FALSE.equals(constituentSolved)) {
			throw new LiaisonException("liaison.error.constituentSaysUnsolved");
		}
		finish(asSolved, on);
		log(StepKind.CLOSED, on, null);
	}

	void reopen(String reason, LocalDate on) {
		require("reopen", OpinionState.CLOSED, OpinionState.REDIRECTED);
		String why = required(reason, "liaison.error.reasonRequired");
		state = OpinionState.REOPENED;
		solved = false;
		closedOn = null;
		dueOn = null;
		log(StepKind.REOPENED, on, why);
	}

	private void finish(boolean asSolved, LocalDate on) {
		state = OpinionState.CLOSED;
		solved = asSolved;
		closedOn = on;
		dueOn = null;
	}

	private void require(String move, OpinionState... from) {
		for (OpinionState s : from) {
			if (state == s) {
				return;
			}
		}
		throw LiaisonException.illegalMove(state, move);
	}

	private static String required(String text, String key) {
		if (text == null || text.isBlank()) {
			throw new LiaisonException(key);
		}
		return text.strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private void log(StepKind kind, LocalDate on, String note) {
		Step s = new Step(kind, on, null, null, note);
		steps.add(s);
		newSteps.add(s);
	}

	// Reads

	public OpinionId id() {
		return id == null ? null : new OpinionId(id);
	}

	public String trackingCode() {
		return trackingCode;
	}

	public OpinionSource source() {
		return source;
	}

	public StationId station() {
		return stationId == null ? null : new StationId(stationId);
	}

	public ReceptionDayId day() {
		return dayId == null ? null : new ReceptionDayId(dayId);
	}

	public LocalDate receivedOn() {
		return receivedOn;
	}

	/** Personal data: only for the station's deputies and the deputies' affairs office. */
	public String constituentName() {
		return constituentName;
	}

	/** Personal data: only for the station's deputies and the deputies' affairs office. */
	public String constituentPhone() {
		return constituentPhone;
	}

	public String subject() {
		return subject;
	}

	public String body() {
		return body;
	}

	public String category() {
		return category;
	}

	public String place() {
		return place;
	}

	public OpinionState state() {
		return state;
	}

	public ForwardLevel forwardedLevel() {
		return forwardedLevel;
	}

	public String forwardedTo() {
		return forwardedTo;
	}

	public LocalDate forwardedOn() {
		return forwardedOn;
	}

	public LocalDate dueOn() {
		return dueOn;
	}

	public String redirectReason() {
		return redirectReason;
	}

	public Long suggestionId() {
		return suggestionId;
	}

	public String answer() {
		return answer;
	}

	public LocalDate answeredOn() {
		return answeredOn;
	}

	public LocalDate toldOn() {
		return toldOn;
	}

	public Boolean constituentSolved() {
		return constituentSolved;
	}

	public boolean solved() {
		return solved;
	}

	public LocalDate closedOn() {
		return closedOn;
	}

	public int version() {
		return version;
	}

	public List<PersonId> deputies() {
		return deputyIds.stream().map(PersonId::new).toList();
	}

	public List<Step> steps() {
		return List.copyOf(steps);
	}

	public boolean overdue(LocalDate today) {
		return state == OpinionState.FORWARDED && dueOn != null && dueOn.isBefore(today);
	}

	/** One line of the timeline. {@code actor} and {@code recordedAt} are filled in by the store. */
	public record Step(StepKind kind, LocalDate occurredOn, java.time.OffsetDateTime recordedAt, String actor,
			String note) {
	}
}
