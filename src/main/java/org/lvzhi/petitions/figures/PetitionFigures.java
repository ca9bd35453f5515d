package org.lvzhi.petitions.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import org.lvzhi.petitions.handling.PetitionsOffice;
import org.lvzhi.reporting.Figure;
import org.lvzhi.reporting.FigureRecord;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;

/**
 * The annual report's petition figures, counted from records: letters and visiting groups (批次)
 * received in the year, matters transferred or assigned to the responsible bodies (转交) and
 * matters supervised (督办) in it. A record never names the petitioner; its subject (the
 * petitioner's matter) and link are for the petitions office, everybody else reads number and category.
 */
@Configuration(proxyBeanMethods = false)
class PetitionFigures {

	@Bean
	Figure petitionLettersFigure(JdbcClient jdbc) {
		return new PetitionFigure(jdbc, "petition_letters", 90, "received_on", "p.kind = 'LETTER'");
	}

	@Bean
	Figure petitionVisitBatchesFigure(JdbcClient jdbc) {
		return new PetitionFigure(jdbc, "petition_visit_batches", 91, "received_on", "p.kind = 'VISIT'");
	}

	@Bean
	Figure petitionsTransferredFigure(JdbcClient jdbc) {
		return new PetitionFigure(jdbc, "petitions_transferred", 92, "routed_on", "p.route IN ('TRANSFER', 'ASSIGN')");
	}

	@Bean
	Figure petitionsSupervisedFigure(JdbcClient jdbc) {
		return new PetitionFigure(jdbc, "petitions_supervised", 93, "supervised_on", "p.supervised = TRUE");
	}

	/** Petitions whose {@code dateColumn} falls in the year and that meet {@code condition}. */
	record PetitionFigure(JdbcClient jdbc, String key, int order, String dateColumn, String condition) implements Figure {

		private String where() {
			return " FROM petitions_petition p WHERE " + condition + " AND p." + dateColumn + " >= :from AND p." + dateColumn
					+ " < :to";
		}

		public long value(int year) {
			return jdbc.sql("SELECT COUNT(*)" + where()).param("from", LocalDate.of(year, 1, 1))
				.param("to", LocalDate.of(year + 1, 1, 1)).query(Long.class).single();
		}

		public List<FigureRecord> records(int year) {
			return jdbc.sql("SELECT p.id, p.number, p.subject, p.category, p." + dateColumn + " AS on_date" + where()
					+ " ORDER BY p." + dateColumn + ", p.id")
				.param("from", LocalDate.of(year, 1, 1))
				.param("to", LocalDate.of(year + 1, 1, 1))
				.query((rs, n) -> FigureRecord.withheld(String.valueOf(rs.getLong("id")),
						rs.getString("number") + " " + rs.getString("subject"),
						rs.getString("number") + " " + rs.getString("category"), rs.getObject("on_date", LocalDate.class),
						"/petitions/" + rs.getLong("id")))
				.list();
		}

		public OptionalInt latestYear() {
			return jdbc.sql("SELECT MAX(p." + dateColumn + ") FROM petitions_petition p WHERE " + condition)
				.query((rs, n) -> rs.getObject(1, LocalDate.class)).list().stream()
				.filter(java.util.Objects::nonNull).mapToInt(LocalDate::getYear).findFirst();
		}

		public boolean mayOpen(FigureRecord record, Authentication reader) {
			return PetitionsOffice.is(reader);
		}
	}
}
