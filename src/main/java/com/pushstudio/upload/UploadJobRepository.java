package com.pushstudio.upload;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface UploadJobRepository extends JpaRepository<UploadJob, String> {

	Optional<UploadJob> findByIdAndOwner(String id, String owner);

	List<UploadJob> findByOwnerOrderByCreatedAtDesc(String owner);

	List<UploadJob> findByStateInOrderByCreatedAt(Collection<JobState> states);

	long countByOwnerAndStateNotIn(String owner, Collection<JobState> states);

	long countByState(JobState state);

	@Query("select coalesce(sum(j.fileSize), 0) from UploadJob j where j.owner = ?1 and j.state not in ?2")
	long sumFileSizeOfOwnerNotIn(String owner, Collection<JobState> states);

	List<UploadJob> findByStateInAndUpdatedAtBefore(Collection<JobState> states, Instant before);

	List<UploadJob> findByStateIn(Collection<JobState> states);

	List<UploadJob> findByStateInAndFinishedAtBefore(Collection<JobState> states, Instant before);

	List<UploadJob> findByDatasetIdAndStateInOrderByCreatedAtAscIdAsc(String datasetId, Collection<JobState> states);

	boolean existsByDatasetIdAndStateIn(String datasetId, Collection<JobState> states);

	@Query("select distinct j.datasetId from UploadJob j where j.state in ?1")
	List<String> findDatasetsWithStateIn(Collection<JobState> states);

	@Query("select j.cancelRequested from UploadJob j where j.id = ?1")
	boolean isCancelRequested(String id);

	/** The job's own saves never write the flag: it is set here only. */
	@Transactional
	@Modifying
	@Query("update UploadJob j set j.cancelRequested = true where j.id = ?1")
	int requestCancel(String id);

	@Query("select j.id from UploadJob j")
	List<String> findAllIds();

}
