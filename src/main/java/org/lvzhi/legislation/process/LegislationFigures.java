package org.lvzhi.legislation.process;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;

import org.lvzhi.legislation.PoolRole;
import org.lvzhi.legislation.internal.LegislationYears;
import org.lvzhi.legislation.network.PoolMember;
import org.lvzhi.platform.Roles;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;

/**
 * The report's legislation figures, each counted from records: regulations passed in the year,
 * symposia and research trips, comments received (online and offline, hidden ones included),
 * contact points and the consultation pool as they stood in the year.
 */
@Configuration(proxyBeanMethods = false)
class LegislationFigures {

	@Bean
	Figure regulationsPassedFigure(ProcessStore store) {
		return new RegulationsPassed(store);
	}

	/** Regulations passed in the year; each record is its project, a page of the office staff. */
	record RegulationsPassed(ProcessStore store) implements Figure {

		public String key() {
			return "regulations_passed";
		}

		public int order() {
			return 300;
		}

		public long value(int year) {
			return records(year).size();
		}

		public List<FigureRecord> records(int year) {
			return store.passedIn(year)
				.stream()
				.map(p -> new FigureRecord(p.id().toString(), p.title(), p.votedOn(), "/legislation/projects/" + p.id()))
				.toList();
		}

		public OptionalInt latestYear() {
			return store.lastPassingVote().map(d -> OptionalInt.of(d.getYear())).orElse(OptionalInt.empty());
		}

		public boolean mayOpen(FigureRecord record, Authentication reader) {
			return Roles.has(reader, Roles.STAFF);
		}
	}

	@Bean
	Figure legislativeSymposiaFigure(ProcessStore store, MessageSource messages) {
		return figure("legislative_symposia", 301, year -> activities(store, messages, year, a -> a.kind().isMeeting()));
	}

	@Bean
	Figure legislativeResearchFigure(ProcessStore store, MessageSource messages) {
		return figure("legislative_research", 302, year -> activities(store, messages, year, a -> !a.kind().isMeeting()));
	}

	@Bean
	Figure legislativeCommentsFigure(ProcessStore store, MessageSource messages) {
		return figure("legislative_comments", 303, year -> store.commentsIn(year)
			.stream()
			.map(c -> new FigureRecord(c.id().toString(),
					c.articleLabel() == null ? text(messages, "process.source." + c.source())
							: text(messages, "process.source." + c.source()) + " " + c.articleLabel(),
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
	Figure liaisonOfficersFigure(ProcessStore store, MessageSource messages) {
		return figure("liaison_officers", 305, year -> pool(store, year).stream()
			.filter(m -> m.role() == PoolRole.LIAISON_OFFICER)
			.map(m -> record(messages, m))
			.toList());
	}

	@Bean
	Figure consultationPoolGrassrootsShareFigure(ProcessStore store, MessageSource messages) {
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
				return pool(store, year).stream().map(m -> record(messages, m)).toList();
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

	/** A pool member by role (names are kept off the record), in the reader's words. */
	private static FigureRecord record(MessageSource messages, PoolMember m) {
		return new FigureRecord(m.id().toString(), text(messages, "process.pool.ROLE." + m.role())
				+ (m.grassroots() ? " · " + text(messages, "process.network.grassroots") : ""), m.joinedOn(), null);
	}

	private static List<FigureRecord> activities(ProcessStore store, MessageSource messages, int year,
			Predicate<Activity> which) {
		return store.activities(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.filter(which)
			.map(a -> new FigureRecord(a.id().toString(), text(messages, "process.activity.KIND." + a.kind()) + " "
					+ a.place(), a.heldOn(), null))
			.toList();
	}

	/** A label in the reader's language, read when the record list is rendered. */
	private static String text(MessageSource messages, String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
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
