package org.lvzhi.liaison;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Forwards the opinion to a street, district or city body, which must answer by the due date. */
@Service
public class ForwardOpinion {

	private final OpinionStore store;

	ForwardOpinion(OpinionStore store) {
		this.store = store;
	}

	@Transactional
	public void forward(OpinionId id, int version, ForwardLevel level, String body, LocalDate due, LocalDate on) {
		store.move(id, version, "forwarded", x -> x.forward(level, body, due, on));
	}
}
