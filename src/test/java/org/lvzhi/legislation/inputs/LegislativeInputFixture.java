package org.lvzhi.legislation.inputs;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.lvzhi.directory.Gender;
import org.lvzhi.directory.PersonDetails;
import org.lvzhi.directory.PersonId;
import org.lvzhi.directory.PersonalData;
import org.lvzhi.directory.RegisterPerson;
import org.lvzhi.liaison.ManageStations;
import org.lvzhi.liaison.NewOpinion;
import org.lvzhi.liaison.OpinionId;
import org.lvzhi.liaison.OpinionSource;
import org.lvzhi.liaison.Opinions;
import org.lvzhi.liaison.ReceiveOpinion;
import org.lvzhi.liaison.SendAsLegislativeInput;
import org.lvzhi.liaison.StationDetails;
import org.lvzhi.liaison.StationId;
import org.lvzhi.liaison.StationKind;
import org.springframework.context.ApplicationContext;

/**
 * A station's opinion on its way to the commission, built through the liaison module's own
 * commands; each one fresh, so tests sharing a database never meet. The constituent's name and
 * phone are set on purpose: they must not reach legislation.
 */
final class LegislativeInputFixture {

	static final LocalDate ON = LocalDate.of(2026, 3, 2);
	static final String CONSTITUENT = "王联络";
	static final String PHONE = "13900001111";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final ApplicationContext context;

	LegislativeInputFixture(ApplicationContext context) {
		this.context = context;
	}

	/** An opinion received at a new station, not yet sent anywhere. */
	OpinionId receivedOpinion(String subject) {
		PersonId deputy = context.getBean(RegisterPerson.class).register(new PersonDetails(
				"立法意见代表" + SEQUENCE.incrementAndGet(), Gender.MALE, "汉族", "工程师", PersonalData.none()));
		StationId station = context.getBean(ManageStations.class).register(new StationDetails(
				"立法意见联络站" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet(), StationKind.STATION, "小店区",
				"坞城街道", "坞城路2号", "每周二上午", "站长", "0351-7654321"), List.of(deputy));
		return context.getBean(ReceiveOpinion.class).receive(new NewOpinion(OpinionSource.RECEPTION, station, null,
				List.of(deputy), ON, CONSTITUENT, PHONE, subject, "建议在条例中明确物业服务收费公示的期限", "物业管理", "坞城路"))
			.opinion();
	}

	/** Sends the opinion to the commission as legislative input. */
	void send(OpinionId opinion) {
		int version = context.getBean(Opinions.class).get(opinion).orElseThrow().version();
		context.getBean(SendAsLegislativeInput.class).send(opinion, version, "请法工委研究", ON);
	}

	/** An opinion already sent to the commission. */
	OpinionId sentOpinion(String subject) {
		OpinionId opinion = receivedOpinion(subject);
		send(opinion);
		return opinion;
	}
}
