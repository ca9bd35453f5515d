package org.lvzhi.liaison;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the answer of the body the opinion was forwarded to (or of the suggestion or legislative path). */
@Service
public class RecordAnswer {

	private final OpinionStore store;

	RecordAnswer(OpinionStore store) {
		this.store = store;
	}

	@Transactional
	public void record(OpinionId id, int version, String answer, LocalDate on) {
		store.move(id, version, "answerRecorded", x -> x.recordAnswer(answer, on));
	}
}
