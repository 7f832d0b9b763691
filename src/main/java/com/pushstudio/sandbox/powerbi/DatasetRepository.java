package com.pushstudio.sandbox.powerbi;

import com.pushstudio.sandbox.SandboxRepository;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

@SandboxRepository
interface DatasetRepository extends JpaRepository<SandboxDataset, String> {

	List<SandboxDataset> findByWorkspaceIdOrderByCreatedAt(String workspaceId);

	Optional<SandboxDataset> findByIdAndOwnerOid(String id, String ownerOid);

}
