package org.lvzhi.directory;

import org.springframework.data.repository.ListCrudRepository;

interface MembershipRepository extends ListCrudRepository<MembershipRow, Long> {
}
