package com.pushstudio.report;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReportTemplateRepository extends JpaRepository<ReportTemplate, Long> {

	List<ReportTemplate> findByOwnerOrderByReportName(String owner);

	Optional<ReportTemplate> findByOwnerAndReportId(String owner, String reportId);

	Optional<ReportTemplate> findByIdAndOwner(Long id, String owner);

}
