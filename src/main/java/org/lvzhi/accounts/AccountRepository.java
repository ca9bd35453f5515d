package org.lvzhi.accounts;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccountRepository extends ListCrudRepository<Account, Long> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("SELECT COUNT(*) FROM accounts_account WHERE role = :role")
	long countByRole(String role);
}
