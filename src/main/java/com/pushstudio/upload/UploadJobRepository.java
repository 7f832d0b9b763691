package com.pushstudio.upload;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

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

	@Query("select j.id from UploadJob j")
	List<String> findAllIds();

}
