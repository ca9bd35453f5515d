package org.lvzhi.legislation;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report's legislation figures, each counted from records: regulations passed in the year,
 * symposia and research trips, comments received (online and offline, hidden ones included),
 * contact points and the consultation pool as they stood in the year.
 */
@Configuration(proxyBeanMethods = false)
class LegislationFigures {

	@Bean
	Figure regulationsPassedFigure(ProcessStore store) {
		return figure("regulations_passed", 300, year -> store.passedIn(year)
			.stream()
			.map(p -> new FigureRecord(p.id().toString(), p.title(), p.votedOn(), "/legislation/projects/" + p.id()))
			.toList());
	}

	@Bean
	Figure legislativeSymposiaFigure(ProcessStore store) {
		return figure("legislative_symposia", 301, year -> activities(store, year, a -> a.kind().isMeeting()));
	}

	@Bean
	Figure legislativeResearchFigure(ProcessStore store) {
		return figure("legislative_research", 302, year -> activities(store, year, a -> !a.kind().isMeeting()));
	}

	@Bean
	Figure legislativeCommentsFigure(ProcessStore store) {
		return figure("legislative_comments", 303, year -> store.commentsIn(year)
			.stream()
			.map(c -> new FigureRecord(c.id().toString(),
					c.articleLabel() == null ? c.source().name() : c.source().name() + " " + c.articleLabel(),
					LocalDate.ofInstant(c.submittedAt(), LegislationYears.CHINA), null))
			.toList());
	}

	@Bean
	Figure legislativeContactPointsFigure(ProcessStore store) {
		return figure("legislative_contact_points", 304, year -> store.contactPoints()
			.stream()
			.filter(p -> !p.activeFrom().isAfter(LocalDate.of(year, 12, 31))
					&& (p.activeTo() == null || !p.activeTo().isBefore(LocalDate.of(year, 1, 1))))
			.map(p -> new FigureRecord(p.id().toString(), p.name(), p.activeFrom(), null))
			.toList());
	}

	@Bean
	Figure liaisonOfficersFigure(ProcessStore store) {
		return figure("liaison_officers", 305, year -> pool(store, year).stream()
			.filter(m -> m.role() == PoolRole.LIAISON_OFFICER)
			.map(LegislationFigures::record)
			.toList());
	}

	@Bean
	Figure consultationPoolGrassrootsShareFigure(ProcessStore store) {
		return new Figure() {
			public String key() {
				return "consultation_pool_grassroots_share";
			}

			public int order() {
				return 306;
			}

			@Override
			public boolean share() {
				return true;
			}

			public long value(int year) {
				List<PoolMember> members = pool(store, year);
				long grassroots = members.stream().filter(PoolMember::grassroots).count();
				return members.isEmpty() ? 0 : Math.round(grassroots * 100.0 / members.size());
			}

			public List<FigureRecord> records(int year) {
				return pool(store, year).stream().map(LegislationFigures::record).toList();
			}
		};
	}

	/** Members of the pool at some time in the year; names are kept off the public record. */
	static List<PoolMember> pool(ProcessStore store, int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		return store.poolMembers()
			.stream()
			.filter(m -> !m.joinedOn().isAfter(last) && (m.leftOn() == null || !m.leftOn().isBefore(first)))
			.toList();
	}

	private static FigureRecord record(PoolMember m) {
		return new FigureRecord(m.id().toString(), m.role().name() + (m.grassroots() ? " grassroots" : ""), m.joinedOn(),
				null);
	}

	private static List<FigureRecord> activities(ProcessStore store, int year, Predicate<Activity> which) {
		return store.activities(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.filter(which)
			.map(a -> new FigureRecord(a.id().toString(), a.kind().name() + " " + a.place(), a.heldOn(), null))
			.toList();
	}

	private static Figure figure(String key, int order, Function<Integer, List<FigureRecord>> records) {
		return new Figure() {
			public String key() {
				return key;
			}

			public int order() {
				return order;
			}

			public long value(int year) {
				return records.apply(year).size();
			}

			public List<FigureRecord> records(int year) {
				return records.apply(year);
			}
		};
	}
}
