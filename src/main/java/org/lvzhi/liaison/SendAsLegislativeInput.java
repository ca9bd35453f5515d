package org.lvzhi.liaison;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends the opinion to the legislative affairs commission as input on a law or regulation. */
@Service
public class SendAsLegislativeInput {

	private final OpinionStore store;

	SendAsLegislativeInput(OpinionStore store) {
		this.store = store;
	}

	@Transactional
	public void send(OpinionId id, int version, String note, LocalDate on) {
		store.move(id, version, "legislativeInput", x -> x.sendAsLegislativeInput(note, on));
	}
}
