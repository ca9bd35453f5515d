package org.lvzhi.legislation.inputs;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An opinion a liaison station sent as legislative input, as the commission's inbox holds it.
 *
 * @param opinionId the station's opinion, answered through the liaison module
 * @param projectTitle the project it was taken up for, {@code null} until then
 * @param commentId the comment it became on that project's draft, {@code null} when none was open
 */
record LegislativeInput(long id, long opinionId, Long stationId, String stationName, String subject, String body,
		String category, String note, LocalDate sentOn, Instant receivedAt, InputState state, Long projectId,
		String projectTitle, Long commentId, String answer, LocalDate answeredOn, int version) {
}
