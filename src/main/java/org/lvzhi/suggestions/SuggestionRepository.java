package org.lvzhi.suggestions;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SuggestionRepository extends ListCrudRepository<Suggestion, Long> {

	@Query("SELECT COALESCE(MAX(seq), 0) + 1 FROM suggestions_suggestion WHERE session_year = :year")
	int nextSequence(int year);
}
