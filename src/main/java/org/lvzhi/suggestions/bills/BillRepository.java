package org.lvzhi.suggestions.bills;

import org.springframework.data.repository.ListCrudRepository;

interface BillRepository extends ListCrudRepository<Bill, Long> {

}
