package org.lvzhi.liaison;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends the opinion to the legislative affairs commission as input on a law or regulation: the
 * commission hears of it through {@link OpinionSentAsLegislativeInput}, published with the move.
 */
@Service
public class SendAsLegislativeInput {

	private final OpinionStore store;
	private final Stations stations;
	private final ApplicationEventPublisher events;

	SendAsLegislativeInput(OpinionStore store, Stations stations, ApplicationEventPublisher events) {
		this.store = store;
		this.stations = stations;
		this.events = events;
	}

	@Transactional
	public void send(OpinionId id, int version, String note, LocalDate on) {
		Opinion o = store.move(id, version, "legislativeInput", x -> x.sendAsLegislativeInput(note, on));
		String stationName = o.station() == null ? null
				: stations.get(o.station()).map(Station::name).orElse(null);
		events.publishEvent(new OpinionSentAsLegislativeInput(o.id(), o.station(), stationName, o.subject(), o.body(),
				o.category(), note == null || note.isBlank() ? null : note.strip(), on));
	}
}
