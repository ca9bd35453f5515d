package org.lvzhi.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface OrganizationRepository extends ListCrudRepository<OrganizationRow, Long> {

	Optional<OrganizationRow> findByName(String name);

	List<OrganizationRow> findByParentIdOrderByName(Long parentId);
}
