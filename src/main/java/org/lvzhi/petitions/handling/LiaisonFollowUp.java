package org.lvzhi.petitions.handling;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lvzhi.audit.AuditEvent;
import org.lvzhi.directory.PickSource;
import org.lvzhi.petitions.PetitionId;
import org.lvzhi.petitions.Petitions;
import org.lvzhi.petitions.Petitions.MatterHandedToLiaison;
import org.lvzhi.petitions.routing.MatterText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office hands a petition's matter to a deputies' liaison station, which follows it up with the
 * constituents there. Once per petition; the matter goes as text, category and area, the
 * petitioner's personal data struck out of it, through {@link Petitions.MatterHandedToLiaison}. The
 * stations are those the directory's picker offers (the liaison module provides them), so that this
 * module never depends on the liaison module.
 */
@Service
public class LiaisonFollowUp {

	static final String STATION_KIND = "station";

	private final PetitionStore store;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final ObjectProvider<PickSource> sources;

	LiaisonFollowUp(PetitionStore store, JdbcClient jdbc, ApplicationEventPublisher events,
			ObjectProvider<PickSource> sources) {
		this.store = store;
		this.jdbc = jdbc;
		this.events = events;
		this.sources = sources;
	}

	/** A petition's hand-over: to which station, on which day. */
	public record HandedOver(String station, LocalDate on) {
	}

	/** The stations a matter may be handed to, by name, with the label the list shows. */
	public List<PickSource.Choice> stations() {
		return sources.orderedStream()
			.filter(s -> STATION_KIND.equals(s.kind()))
			.findFirst()
			.map(s -> s.choices("", 1000))
			.orElse(List.of());
	}

	public Optional<HandedOver> of(PetitionId id) {
		return jdbc.sql("SELECT station, handed_on FROM petitions_liaison_follow_up WHERE petition_id = :id")
			.param("id", id.value())
			.query((rs, n) -> new HandedOver(rs.getString(1), rs.getObject(2, LocalDate.class)))
			.optional();
	}

	@Transactional
	public void hand(PetitionId id, String station, LocalDate on) {
		Petition p = store.find(id).orElseThrow(() -> new PetitionException("petitions.error.notFound", id.value()));
		String name = station == null ? "" : station.strip();
		if (stations().stream().noneMatch(c -> c.value().equals(name))) {
			throw new PetitionException("petitions.error.station", name);
		}
		if (of(id).isPresent()) {
			throw new PetitionException("petitions.error.alreadyHanded");
		}
		if (on == null) {
			throw new PetitionException("petitions.error.dateRequired");
		}
		jdbc.sql("INSERT INTO petitions_liaison_follow_up (petition_id, station, handed_on) VALUES (:id, :station, :on)")
			.param("id", id.value())
			.param("station", name)
			.param("on", on)
			.update();
		Petitioner who = store.petitioner(id);
		List<String> personal = Arrays.asList(who.name(), who.idNumber(), who.phone(), who.address(),
				who.representatives());
		events.publishEvent(AuditEvent.created("petitions.handedToLiaison", "Petition", p.id, p.number + " " + name,
				Map.of("station", name, "on", on.toString())));
		events.publishEvent(new MatterHandedToLiaison(id, p.number(), MatterText.scrubbed(p.subject(), personal),
				MatterText.scrubbed(p.matter(), personal), p.category(), p.area(), name, on));
	}
}
