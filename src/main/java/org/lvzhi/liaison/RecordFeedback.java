package org.lvzhi.liaison;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The constituent says whether the matter is solved: on the tracking page with the code, or to the station. */
@Service
public class RecordFeedback {

	private final OpinionStore store;

	RecordFeedback(OpinionStore store) {
		this.store = store;
	}

	/** From the station, over the version the user saw. */
	@Transactional
	public void record(OpinionId id, int version, boolean solved, String comment, LocalDate on) {
		store.move(id, version, "feedback", x -> x.constituentSays(solved, comment, on));
	}

	/** From the public tracking page: the code is the constituent's only key. */
	@Transactional
	public void byCode(String trackingCode, boolean solved, String comment, LocalDate on) {
		Opinion o = store.findByCode(trackingCode).orElseThrow(() -> new LiaisonException("liaison.error.codeUnknown"));
		if (comment != null && comment.length() > 1000) {
			throw new LiaisonException("liaison.error.tooLong", 1000);
		}
		store.move(o.id(), o.version(), "feedback", x -> x.constituentSays(solved, comment, on));
	}
}
