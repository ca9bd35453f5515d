package org.lvzhi.meetings.sittings;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.IntFunction;

import org.lvzhi.meetings.SittingKind;
import org.lvzhi.meetings.SittingView;
import org.lvzhi.meetings.party.PartyReports;
import org.lvzhi.meetings.rules.MeetingsAccess;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

/**
 * 召开常委会会议, 主任会议, 作出决议决定, 向市委请示报告: counted from the sittings held, the resolutions
 * and decisions adopted at standing committee sittings, and the register of requests and reports.
 * Each record opens its sitting for those who read sittings; the register only for the office.
 */
@Configuration(proxyBeanMethods = false)
class MeetingsFigures {

	private record Counted(String key, int order, IntFunction<List<FigureRecord>> records,
			java.util.function.Predicate<Authentication> readers) implements Figure {

		@Override
		public long value(int year) {
			return records.apply(year).size();
		}

		@Override
		public List<FigureRecord> records(int year) {
			return records.apply(year);
		}

		@Override
		public OptionalInt latestYear() {
			for (int year = java.time.Year.now().getValue(); year > 2000; year--) {
				if (!records.apply(year).isEmpty()) {
					return OptionalInt.of(year);
				}
			}
			return OptionalInt.empty();
		}

		@Override
		public boolean mayOpen(FigureRecord record, Authentication reader) {
			return readers.test(reader);
		}
	}

	@Bean
	Figure standingCommitteeSittingsFigure(SittingReads reads, MessageSource messages, MeetingsAccess access) {
		return new Counted("sc_sessions", 200, year -> sittings(reads, messages, SittingKind.STANDING_COMMITTEE, year),
				access::isReader);
	}

	@Bean
	Figure chairpersonsMeetingsFigure(SittingReads reads, MessageSource messages, MeetingsAccess access) {
		return new Counted("director_meetings", 201, year -> sittings(reads, messages, SittingKind.CHAIRPERSONS, year),
				access::isReader);
	}

	@Bean
	Figure resolutionsDecisionsFigure(SittingReads reads, MeetingsAccess access) {
		return new Counted("resolutions_decisions", 202, year -> java.util.stream.Stream
			.concat(reads.decidedIn(SittingKind.STANDING_COMMITTEE, "meetings.item.RESOLUTION", "ADOPTED", year).stream(),
					reads.decidedIn(SittingKind.STANDING_COMMITTEE, "meetings.item.DECISION", "ADOPTED", year).stream())
			.map(i -> new FigureRecord(String.valueOf(i.id()), i.title(),
					reads.get(new org.lvzhi.meetings.SittingId(i.sittingId())).map(SittingView::heldOn).orElse(null),
					"/meetings/" + i.sittingId()))
			.sorted(java.util.Comparator.comparing(FigureRecord::date, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
			.toList(), access::isReader);
	}

	@Bean
	Figure partyReportsFigure(PartyReports reports, MessageSource messages, MeetingsAccess access) {
		// The subjects stay in the office: the public sees each one's kind and date.
		return new Counted("reports_to_party_committee", 203, year -> reports.sentIn(year).stream()
			.map(r -> new FigureRecord(String.valueOf(r.id()),
					messages.getMessage("meetings.partyReport.kind." + r.kind(), null, java.util.Locale.CHINA) + " #" + r.id(),
					r.sentOn(), "/meetings/party-reports?year=" + r.sentOn().getYear()))
			.toList(), access::isOffice);
	}

	private static List<FigureRecord> sittings(SittingReads reads, MessageSource messages, SittingKind kind, int year) {
		return reads.heldIn(kind, year).stream()
			.map(s -> new FigureRecord(String.valueOf(s.id()),
					messages.getMessage("meetings.name." + kind, new Object[] { s.term(), s.number() }, java.util.Locale.CHINA),
					s.heldOn(), "/meetings/" + s.id()))
			.toList();
	}
}
