package com.pushstudio.sandbox.powerbi;

import com.pushstudio.sandbox.SandboxRepository;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

@SandboxRepository
interface WorkspaceRepository extends JpaRepository<SandboxWorkspace, String> {

	List<SandboxWorkspace> findByOwnerOidAndPersonalFalseOrderByName(String ownerOid);

	Optional<SandboxWorkspace> findByOwnerOidAndPersonalTrue(String ownerOid);

	Optional<SandboxWorkspace> findByIdAndOwnerOid(String id, String ownerOid);

}
