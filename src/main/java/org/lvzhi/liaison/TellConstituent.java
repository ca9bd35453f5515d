package org.lvzhi.liaison;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The station told the constituent the result. */
@Service
public class TellConstituent {

	private final OpinionStore store;

	TellConstituent(OpinionStore store) {
		this.store = store;
	}

	@Transactional
	public void tell(OpinionId id, int version, String note, LocalDate on) {
		store.move(id, version, "told", x -> x.tell(note, on));
	}
}
