package com.pushstudio.upload;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface AcknowledgedBatchRepository extends JpaRepository<AcknowledgedBatch, Long> {

	/** A dataset's recent batches, which Power BI still counts against its limits. */
	@Query("select b from AcknowledgedBatch b, UploadJob j where b.jobId = j.id and j.datasetId = ?1 "
			+ "and b.acknowledgedAt > ?2")
	List<AcknowledgedBatch> findSentToDatasetSince(String datasetId, Instant since);

	@Transactional
	@Modifying
	@Query("delete from AcknowledgedBatch b where b.jobId = ?1")
	void deleteByJob(String jobId);

}
