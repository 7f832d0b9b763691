package com.pushstudio.sandbox.powerbi;

import com.pushstudio.sandbox.SandboxRepository;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

@SandboxRepository
interface SandboxReportRepository extends JpaRepository<SandboxReport, String> {

	List<SandboxReport> findByWorkspaceIdOrderByCreatedAt(String workspaceId);

	Optional<SandboxReport> findByIdAndOwnerOid(String id, String ownerOid);

	boolean existsByOwnerOidAndSeededTrue(String ownerOid);

}
