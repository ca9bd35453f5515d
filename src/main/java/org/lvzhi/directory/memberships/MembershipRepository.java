package org.lvzhi.directory.memberships;

import org.springframework.data.repository.ListCrudRepository;

public interface MembershipRepository extends ListCrudRepository<MembershipRow, Long> {
}
