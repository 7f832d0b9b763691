package com.pushstudio.upload;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UploadJobRepository extends JpaRepository<UploadJob, String> {

	Optional<UploadJob> findByIdAndOwner(String id, String owner);

	List<UploadJob> findByOwnerOrderByCreatedAtDesc(String owner);

	List<UploadJob> findByStateInOrderByCreatedAt(Collection<JobState> states);

}
