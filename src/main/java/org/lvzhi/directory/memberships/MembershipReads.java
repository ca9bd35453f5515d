package org.lvzhi.directory.memberships;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lvzhi.directory.Classification;
import org.lvzhi.directory.DeputyLevel;
import org.lvzhi.directory.MembershipId;
import org.lvzhi.directory.MembershipRole;
import org.lvzhi.directory.MembershipView;
import org.lvzhi.directory.OrganizationId;
import org.lvzhi.directory.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Memberships with the names of both sides resolved. */
@Component
public class MembershipReads {

	private static final String SELECT = """
			SELECT m.*, p.name AS person_name, o.name AS organization_name, o.classification, o.level
			FROM directory_membership m
			JOIN directory_person p ON p.id = m.person_id
			JOIN directory_organization o ON o.id = m.organization_id
			""";

	private final JdbcClient jdbc;

	MembershipReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<MembershipView> ofPerson(long personId) {
		return jdbc.sql(SELECT + " WHERE m.person_id = :id ORDER BY m.start_date DESC, m.id DESC")
			.param("id", personId)
			.query(MembershipReads::map)
			.list();
	}

	public List<MembershipView> ofOrganization(long organizationId) {
		return jdbc.sql(SELECT + " WHERE m.organization_id = :id ORDER BY m.role, p.name, m.start_date DESC")
			.param("id", organizationId)
			.query(MembershipReads::map)
			.list();
	}

	public Optional<MembershipView> byId(long id) {
		return jdbc.sql(SELECT + " WHERE m.id = :id").param("id", id).query(MembershipReads::map).optional();
	}

	/** Every membership, for the Popolo document. */
	public List<MembershipView> all() {
		return jdbc.sql(SELECT + " ORDER BY m.id").query(MembershipReads::map).list();
	}

	static MembershipView map(ResultSet rs, int n) throws SQLException {
		String level = rs.getString("level");
		return new MembershipView(new MembershipId(rs.getLong("id")), new PersonId(rs.getLong("person_id")),
				rs.getString("person_name"), new OrganizationId(rs.getLong("organization_id")),
				rs.getString("organization_name"), Classification.valueOf(rs.getString("classification")),
				level == null ? null : DeputyLevel.valueOf(level), MembershipRole.valueOf(rs.getString("role")),
				rs.getString("label"), (Integer) rs.getObject("term", Integer.class), rs.getString("constituency"),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				rs.getInt("version"));
	}
}
