package com.pushstudio.sandbox.powerbi;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DatasetRepository extends JpaRepository<SandboxDataset, String> {

	List<SandboxDataset> findByWorkspaceIdOrderByCreatedAt(String workspaceId);

	Optional<SandboxDataset> findByIdAndOwnerOid(String id, String ownerOid);

}
