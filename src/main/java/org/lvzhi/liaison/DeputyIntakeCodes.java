package org.lvzhi.liaison;

import java.util.Optional;

import org.lvzhi.directory.Directory;
import org.lvzhi.directory.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The QR-code link of each deputy: made the first time someone asks for it, then kept. */
@Service
public class DeputyIntakeCodes {

	private final JdbcClient jdbc;
	private final Directory directory;

	DeputyIntakeCodes(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Transactional
	public String codeFor(PersonId deputy) {
		Optional<String> code = existing(deputy);
		if (code.isPresent()) {
			return code.get();
		}
		if (directory.person(deputy).isEmpty()) {
			throw new LiaisonException("liaison.error.unknownDeputy", deputy.value());
		}
		String made = OpinionStore.newCode(12);
		jdbc.sql("INSERT INTO liaison_deputy_intake (person_id, intake_code) VALUES (:p, :c)").param("p", deputy.value())
			.param("c", made).update();
		return made;
	}

	@Transactional(readOnly = true)
	public Optional<PersonId> deputyOf(String code) {
		if (code == null || code.length() > 16) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT person_id FROM liaison_deputy_intake WHERE intake_code = :c").param("c", code)
			.query((rs, n) -> new PersonId(rs.getLong(1))).optional();
	}

	private Optional<String> existing(PersonId deputy) {
		return jdbc.sql("SELECT intake_code FROM liaison_deputy_intake WHERE person_id = :p").param("p", deputy.value())
			.query(String.class).optional();
	}
}
