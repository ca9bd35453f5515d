package org.lvzhi.directory;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<PersonRow, Long> {

	Optional<PersonRow> findByIdNumber(String idNumber);
}
