package org.lvzhi.suggestions;

import org.springframework.data.repository.ListCrudRepository;

interface SuggestionRepository extends ListCrudRepository<Suggestion, Long> {

}
