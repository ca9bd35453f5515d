package org.lvzhi.directory.organizations;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface OrganizationRepository extends ListCrudRepository<OrganizationRow, Long> {

	Optional<OrganizationRow> findByName(String name);

	List<OrganizationRow> findByParentIdOrderByName(Long parentId);
}
