package org.lvzhi.liaison.intake;

import java.time.LocalDate;
import java.util.List;

import org.lvzhi.directory.PersonId;
import org.lvzhi.liaison.DeputyIntakeCodes;
import org.lvzhi.liaison.LiaisonException;
import org.lvzhi.liaison.NewOpinion;
import org.lvzhi.liaison.OpinionSource;
import org.lvzhi.liaison.ReceiveOpinion;
import org.lvzhi.liaison.Station;
import org.lvzhi.liaison.StationId;
import org.lvzhi.liaison.Stations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A constituent leaves an opinion through a QR code's form, for a station or for a deputy, without
 * an account. The form is guarded by the platform's abuse controls ({@link PublicLiaisonController}):
 * each client leaves only {@code lvzhi.liaison.intake-per-hour} opinions an hour through one code.
 */
@Service
class LeaveOpinionOnline {

	private final Stations stations;
	private final DeputyIntakeCodes deputyCodes;
	private final ReceiveOpinion receive;

	LeaveOpinionOnline(Stations stations, DeputyIntakeCodes deputyCodes, ReceiveOpinion receive) {
		this.stations = stations;
		this.deputyCodes = deputyCodes;
		this.receive = receive;
	}

	/** What the constituent writes in the form. */
	public record Form(String name, String phone, String subject, String body, String category, String place) {
	}

	/**
	 * @param intakeCode the code of the QR-code link (a station's or a deputy's)
	 */
	@Transactional
	public ReceiveOpinion.Received leave(String intakeCode, Form form, LocalDate today) {
		StationId station = stations.byIntakeCode(intakeCode).map(Station::id).orElse(null);
		PersonId deputy = station != null ? null : deputyCodes.deputyOf(intakeCode).orElse(null);
		if (station == null && deputy == null) {
			throw new LiaisonException("liaison.error.codeUnknown");
		}
		NewOpinion n = new NewOpinion(OpinionSource.ONLINE, station, null, deputy == null ? List.of() : List.of(deputy),
				today, form.name(), form.phone(), form.subject(), form.body(), form.category(), form.place());
		return receive.receive(n);
	}
}
