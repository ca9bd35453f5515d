package org.lvzhi.liaison.followup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lvzhi.liaison.LiaisonSettings;
import org.lvzhi.liaison.NewOpinion;
import org.lvzhi.liaison.OpinionId;
import org.lvzhi.liaison.OpinionSource;
import org.lvzhi.liaison.ReceiveOpinion;
import org.lvzhi.liaison.Station;
import org.lvzhi.liaison.StationQuery;
import org.lvzhi.liaison.Stations;
import org.lvzhi.petitions.PetitionId;
import org.lvzhi.petitions.Petitions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a station's opinion for a petition's matter handed over by the petitions office: the matter
 * as its text, no constituent (the petitioner stays with the petitions office), filed under the
 * station's nearest category, and the link back to the petition kept beside it.
 */
@Component
public class PetitionFollowUps {

	/** The petition categories whose liaison name differs; any other unknown one is 其他. */
	private static final Map<String, String> CATEGORIES = Map.of("城乡建设", "城市建设", "交通运输", "交通出行", "劳动社保",
			"社会保障", "卫生健康", "医疗卫生", "教育文化", "教育", "政法", "法律事务", "国土资源", "城市建设");

	private final ReceiveOpinion receive;
	private final Stations stations;
	private final LiaisonSettings settings;
	private final JdbcClient jdbc;

	PetitionFollowUps(ReceiveOpinion receive, Stations stations, LiaisonSettings settings, JdbcClient jdbc) {
		this.receive = receive;
		this.stations = stations;
		this.settings = settings;
		this.jdbc = jdbc;
	}

	/** The petition an opinion came from. */
	public record FromPetition(PetitionId petition, String number) {
	}

	@ApplicationModuleListener
	void on(Petitions.MatterHandedToLiaison handed) {
		if (opinionOf(handed.petition()).isPresent()) {
			return;
		}
		Station station = station(handed.station());
		String body = handed.matter() + "\n（" + handed.number() + "，" + handed.category() + "）";
		OpinionId opinion = receive.receive(new NewOpinion(OpinionSource.PETITION, station.id(), null, List.of(),
				handed.on(), null, null, cut(handed.subject(), 200), cut(body, 4000), category(handed.category()),
				handed.area())).opinion();
		jdbc.sql("INSERT INTO liaison_petition_follow_up (opinion_id, petition_id, petition_number) VALUES (:o, :p, :n)")
			.param("o", opinion.value())
			.param("p", handed.petition().value())
			.param("n", handed.number())
			.update();
	}

	@Transactional(readOnly = true)
	public Optional<OpinionId> opinionOf(PetitionId petition) {
		return jdbc.sql("SELECT opinion_id FROM liaison_petition_follow_up WHERE petition_id = :p")
			.param("p", petition.value())
			.query(Long.class)
			.optional()
			.map(OpinionId::new);
	}

	@Transactional(readOnly = true)
	public Optional<FromPetition> petitionOf(OpinionId opinion) {
		return jdbc.sql("SELECT petition_id, petition_number FROM liaison_petition_follow_up WHERE opinion_id = :o")
			.param("o", opinion.value())
			.query((rs, n) -> new FromPetition(new PetitionId(rs.getLong(1)), rs.getString(2)))
			.optional();
	}

	private Station station(String name) {
		return stations.find(new StationQuery(name, null, null, null, null), 1, 20)
			.items()
			.stream()
			.filter(s -> s.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no station named " + name));
	}

	private String category(String petitionCategory) {
		if (settings.categories().contains(petitionCategory)) {
			return petitionCategory;
		}
		String mapped = CATEGORIES.get(petitionCategory);
		return mapped != null && settings.categories().contains(mapped) ? mapped
				: settings.categories().get(settings.categories().size() - 1);
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}
}
