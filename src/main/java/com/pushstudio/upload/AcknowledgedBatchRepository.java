package com.pushstudio.upload;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface AcknowledgedBatchRepository extends JpaRepository<AcknowledgedBatch, Long> {

	/**
	 * A dataset's recent batches, which Power BI still counts against its limits: those
	 * answered in the window, and those sent in it whose answer never came.
	 */
	@Query("select b from AcknowledgedBatch b, UploadJob j where b.jobId = j.id and j.datasetId = ?1 "
			+ "and (b.acknowledgedAt > ?2 or (b.acknowledgedAt is null and b.sentAt > ?2))")
	List<AcknowledgedBatch> findSentToDatasetSince(String datasetId, Instant since);

	List<AcknowledgedBatch> findByJobIdOrderByBatchIndex(String jobId);

	/** Rows of the job acknowledged after {@code since}: the current rate. */
	@Query("select coalesce(sum(b.rowCount), 0) from AcknowledgedBatch b where b.jobId = ?1 and b.acknowledgedAt > ?2")
	long rowsAcknowledgedSince(String jobId, Instant since);

	/** Within the caller's transaction, which also records the batch taking its place. */
	@Modifying
	@Query("update AcknowledgedBatch b set b.how = ?2, b.acknowledgedAt = ?3 where b.id = ?1")
	void acknowledge(Long id, AcknowledgedBatch.How how, Instant at);

	@Modifying
	@Query("update AcknowledgedBatch b set b.sentAt = ?2 where b.id = ?1")
	void resent(Long id, Instant at);

	@Transactional
	@Modifying
	@Query("delete from AcknowledgedBatch b where b.jobId = ?1")
	void deleteByJob(String jobId);

}
