package org.lvzhi.legislation.network;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.legislation.ContactPointId;
import org.lvzhi.legislation.DraftId;
import org.lvzhi.legislation.OpinionRequestId;
import org.lvzhi.legislation.PoolMemberId;
import org.lvzhi.legislation.ProjectId;

/**
 * A request for opinion (征求意见函) on one draft version, to a grassroots contact point or to
 * selected members of the consultation pool.
 *
 * @param addressees the contact point's name, or the pool members' names
 * @param answers how many answers (comments) were recorded against it
 */
public record OpinionRequest(OpinionRequestId id, DraftId draft, ProjectId project, String draftTitle, int reading,
		ContactPointId contactPoint, List<PoolMemberId> members, List<String> addressees, String subject, String note,
		LocalDate sentOn, LocalDate dueOn, LocalDate answeredOn, LocalDate remindedOn, int answers, int version) {

	OpinionRequestState state(LocalDate today) {
		if (answeredOn != null) {
			return OpinionRequestState.ANSWERED;
		}
		return dueOn.isBefore(today) ? OpinionRequestState.OVERDUE : OpinionRequestState.SENT;
	}

	String addressedTo() {
		return String.join("、", addressees);
	}
}
