package org.lvzhi.directory.persons;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface PersonRepository extends ListCrudRepository<PersonRow, Long> {

	Optional<PersonRow> findByIdNumber(String idNumber);
}
