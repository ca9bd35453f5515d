package org.lvzhi.suggestions.bills;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface BillRepository extends ListCrudRepository<Bill, Long> {

	@Query("SELECT COALESCE(MAX(seq), 0) + 1 FROM suggestions_bill WHERE session_year = :year")
	int nextSequence(int year);
}
