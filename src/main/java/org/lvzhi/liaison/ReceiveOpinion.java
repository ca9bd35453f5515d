package org.lvzhi.liaison;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Logs a constituent's opinion, raised at a reception day or left online; it gets its tracking code. */
@Service
public class ReceiveOpinion {

	static final int MAX_SUBJECT = 200;
	static final int MAX_BODY = 4000;

	private final OpinionStore store;
	private final Stations stations;
	private final LiaisonSettings settings;
	private final Directory directory;

	ReceiveOpinion(OpinionStore store, Stations stations, LiaisonSettings settings, Directory directory) {
		this.store = store;
		this.stations = stations;
		this.settings = settings;
		this.directory = directory;
	}

	/** @return the opinion and the code the constituent tracks it with */
	@Transactional
	public Received receive(NewOpinion n) {
		check(n, settings);
		if (n.station() != null && stations.get(n.station()).isEmpty()) {
			throw new LiaisonException("liaison.error.stationNotFound", n.station().value());
		}
		if (n.station() == null && n.deputies().isEmpty()) {
			throw new LiaisonException("liaison.error.stationOrDeputy");
		}
		for (PersonId p : n.deputies()) {
			if (directory.person(p).isEmpty()) {
				throw new LiaisonException("liaison.error.unknownDeputy", p.value());
			}
		}
		Opinion o = store.insert(Opinion.receive(n, null));
		return new Received(o.id(), o.trackingCode());
	}

	static void check(NewOpinion n, LiaisonSettings settings) {
		if (n.subject() == null || n.subject().isBlank() || n.subject().strip().length() > MAX_SUBJECT) {
			throw new LiaisonException("liaison.error.subject", MAX_SUBJECT);
		}
		if (n.body() != null && n.body().length() > MAX_BODY) {
			throw new LiaisonException("liaison.error.tooLong", MAX_BODY);
		}
		if (!settings.categories().contains(n.category())) {
			throw new LiaisonException("liaison.error.category");
		}
		if (n.receivedOn() == null) {
			throw new LiaisonException("liaison.error.dateRequired");
		}
		if (n.constituentPhone() != null && !n.constituentPhone().isBlank()
				&& !n.constituentPhone().strip().matches("[0-9+\\- ]{5,20}")) {
			throw new LiaisonException("liaison.error.phone");
		}
		if (n.constituentName() != null && n.constituentName().strip().length() > 64) {
			throw new LiaisonException("liaison.error.tooLong", 64);
		}
		if (n.place() != null && n.place().strip().length() > 200) {
			throw new LiaisonException("liaison.error.tooLong", 200);
		}
	}

	/** A logged opinion and its tracking code. */
	public record Received(OpinionId opinion, String trackingCode) {
	}
}
