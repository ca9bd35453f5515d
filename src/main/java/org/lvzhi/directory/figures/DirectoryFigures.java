package org.lvzhi.directory.figures;

import java.util.List;

import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.internal.DeputyCounts;
import org.lvzhi.directory.web.DirectoryAccess;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

/**
 * The report's figures the directory counts: deputies of each level who held a seat at some time
 * in the year, and the members of the standing committee.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryFigures {

	@Bean
	Figure deputiesNationalFigure(DeputyCounts counts, DirectoryAccess access) {
		return new DeputiesFigure(counts, access, DeputyLevel.NATIONAL, 11);
	}

	@Bean
	Figure deputiesProvincialFigure(DeputyCounts counts, DirectoryAccess access) {
		return new DeputiesFigure(counts, access, DeputyLevel.PROVINCIAL, 12);
	}

	@Bean
	Figure deputiesMunicipalFigure(DeputyCounts counts, DirectoryAccess access) {
		return new DeputiesFigure(counts, access, DeputyLevel.MUNICIPAL, 13);
	}

	@Bean
	Figure deputiesCountyFigure(DeputyCounts counts, DirectoryAccess access) {
		return new DeputiesFigure(counts, access, DeputyLevel.COUNTY, 14);
	}

	@Bean
	Figure deputiesTownshipFigure(DeputyCounts counts, DirectoryAccess access) {
		return new DeputiesFigure(counts, access, DeputyLevel.TOWNSHIP, 15);
	}

	@Bean
	Figure standingCommitteeMembersFigure(DeputyCounts counts, DirectorySettings settings, DirectoryAccess access) {
		return new Figure() {
			public String key() {
				return "standing_committee_members";
			}

			public int order() {
				return 10;
			}

			public long value(int year) {
				return counts.committeeMembers(settings.homeLevel(), year);
			}

			public List<FigureRecord> records(int year) {
				return counts.committeeRecords(settings.homeLevel(), year);
			}

			public boolean mayOpen(FigureRecord record, Authentication reader) {
				return opens(access, record, reader);
			}
		};
	}

	/** A person's directory page, for whom the directory lets see it. */
	static boolean opens(DirectoryAccess access, FigureRecord record, Authentication reader) {
		return access.canOpenPerson(reader, Long.parseLong(record.id()));
	}

	record DeputiesFigure(DeputyCounts counts, DirectoryAccess access, DeputyLevel level, int order) implements Figure {

		public String key() {
			return "deputies_" + level.name().toLowerCase();
		}

		public long value(int year) {
			return counts.deputies(level, year);
		}

		public List<FigureRecord> records(int year) {
			return counts.deputyRecords(level, year);
		}

		public boolean mayOpen(FigureRecord record, Authentication reader) {
			return opens(access, record, reader);
		}
	}
}
