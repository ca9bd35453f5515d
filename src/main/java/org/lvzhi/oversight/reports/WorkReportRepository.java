package org.lvzhi.oversight.reports;

import org.springframework.data.repository.ListCrudRepository;

interface WorkReportRepository extends ListCrudRepository<WorkReport, Long> {
}
