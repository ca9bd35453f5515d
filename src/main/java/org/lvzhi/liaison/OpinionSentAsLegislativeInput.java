package org.lvzhi.liaison;

import java.time.LocalDate;

/**
 * An opinion was sent to the legislative affairs commission (法工委) as input on a law or
 * regulation. It carries what the commission reads and nothing about the constituent: no name,
 * no phone. The commission answers through {@link RecordAnswer}.
 *
 * @param opinion the opinion, to answer it by
 * @param station the station it was left at, {@code null} when it was left for a deputy directly
 * @param stationName the station's name at the time, {@code null} with {@code station}
 * @param subject the matter in a line
 * @param body the opinion as the station wrote it down, may be {@code null}
 * @param category the category the station filed it under, may be {@code null}
 * @param note what the station added when sending it, may be {@code null}
 * @param sentOn the day it was sent
 */
public record OpinionSentAsLegislativeInput(OpinionId opinion, StationId station, String stationName, String subject,
		String body, String category, String note, LocalDate sentOn) {
}
