package org.lvzhi.directory.organizations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.lvzhi.directory.Classification;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.OrganizationDetails;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.OrganizationView;
import org.lvzhi.directory.internal.Texts;
import org.lvzhi.directory.persons.PersonRow;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A body as stored. */
@Table("directory_organization")
public record OrganizationRow(@Id Long id, String name, String classification, Long parentId, String level, Integer term,
		String area, LocalDate foundingDate, LocalDate dissolutionDate, @Version int version) {

	/** Reads a row by its column names (see {@link PersonRow#map}). */
	public static OrganizationRow map(ResultSet rs, int rowNum) throws SQLException {
		return new OrganizationRow(rs.getLong("id"), rs.getString("name"), rs.getString("classification"),
				rs.getObject("parent_id", Long.class), rs.getString("level"), rs.getObject("term", Integer.class),
				rs.getString("area"), rs.getObject("founding_date", LocalDate.class),
				rs.getObject("dissolution_date", LocalDate.class), rs.getInt("version"));
	}

	public static OrganizationRow of(Long id, OrganizationDetails d, int version) {
		return new OrganizationRow(id, Texts.clean(d.name()), d.classification().name(),
				d.parentId() == null ? null : d.parentId().value(), d.level() == null ? null : d.level().name(),
				d.term(), Texts.clean(d.area()), d.foundingDate(), d.dissolutionDate(), version);
	}

	public OrganizationView view() {
		return new OrganizationView(new OrganizationId(id), name, Classification.valueOf(classification),
				parentId == null ? null : new OrganizationId(parentId), level == null ? null : DeputyLevel.valueOf(level),
				term, area, foundingDate, dissolutionDate, version);
	}

	public Snapshot snapshot() {
		return new Snapshot(name, classification, parentId, level, term, area, foundingDate, dissolutionDate);
	}

	record Snapshot(String name, String classification, Long parentId, String level, Integer term, String area,
			LocalDate foundingDate, LocalDate dissolutionDate) {
	}
}
