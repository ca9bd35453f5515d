package org.lvzhi.liaison;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.PersonId;

/** What {@link RecordPastReceptions} takes: reception days already held and opinions already on their path. */
public final class PastRecords {

	private PastRecords() {
	}

	/** A reception day, announced, held and recorded, with the opinions raised at it. */
	public record Day(StationId station, LocalDate announcedOn, LocalDate heldOn, String hours, String topic,
			List<PersonId> deputies, List<PersonId> present, int constituents, List<PastOpinion> opinions) {

		public Day {
			deputies = List.copyOf(deputies);
			present = List.copyOf(present);
			opinions = List.copyOf(opinions);
		}
	}

	/**
	 * An opinion and the moves it went through, in order. For opinions of a day, the station, day
	 * and deputies of {@code opinion} are taken from the day.
	 */
	public record PastOpinion(NewOpinion opinion, List<Step> path) {

		public PastOpinion {
			path = List.copyOf(path);
		}
	}

	/** One move of an opinion's path. */
	public record Step(Move move, LocalDate on, String text, ForwardLevel level, LocalDate due, boolean solved) {

		public static Step of(Move move, LocalDate on, String text) {
			return new Step(move, on, text, null, null, false);
		}
	}

	/** The moves a past opinion can have gone through. */
	public enum Move {
		ANSWER_ON_SPOT, REDIRECT, FORWARD, CHASE, LEGISLATIVE, RECORD_ANSWER, TELL, FEEDBACK, CLOSE, REOPEN
	}
}
