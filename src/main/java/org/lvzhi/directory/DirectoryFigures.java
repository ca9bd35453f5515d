package org.lvzhi.directory;

import java.util.List;

import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The report's figures the directory counts: deputies of each level who held a seat at some time
 * in the year, and the members of the standing committee.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryFigures {

	@Bean
	Figure deputiesNationalFigure(DeputyCounts counts) {
		return new DeputiesFigure(counts, DeputyLevel.NATIONAL, 11);
	}

	@Bean
	Figure deputiesProvincialFigure(DeputyCounts counts) {
		return new DeputiesFigure(counts, DeputyLevel.PROVINCIAL, 12);
	}

	@Bean
	Figure deputiesMunicipalFigure(DeputyCounts counts) {
		return new DeputiesFigure(counts, DeputyLevel.MUNICIPAL, 13);
	}

	@Bean
	Figure deputiesCountyFigure(DeputyCounts counts) {
		return new DeputiesFigure(counts, DeputyLevel.COUNTY, 14);
	}

	@Bean
	Figure deputiesTownshipFigure(DeputyCounts counts) {
		return new DeputiesFigure(counts, DeputyLevel.TOWNSHIP, 15);
	}

	@Bean
	Figure standingCommitteeMembersFigure(DeputyCounts counts, DirectorySettings settings) {
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
		};
	}

	record DeputiesFigure(DeputyCounts counts, DeputyLevel level, int order) implements Figure {

		public String key() {
			return "deputies_" + level.name().toLowerCase();
		}

		public long value(int year) {
			return counts.deputies(level, year);
		}

		public List<FigureRecord> records(int year) {
			return counts.deputyRecords(level, year);
		}
	}
}
