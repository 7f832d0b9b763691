package com.pushstudio.sandbox.powerbi;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A recorded Post Import: the sandbox cannot read a PBIX, so it keeps what was asked. */
@Entity
@Table(name = "sandbox_powerbi_import")
class SandboxImport {

	@Id
	private String id;

	private String workspaceId;

	private String ownerOid;

	private String name;

	private String importState;

	private String reportId;

	private String datasetId;

	private Instant createdAt;

	protected SandboxImport() {
	}

	SandboxImport(String id, SandboxWorkspace workspace, String name, String reportId, String datasetId,
			Instant createdAt) {
		this.id = id;
		this.workspaceId = workspace.id();
		this.ownerOid = workspace.ownerOid();
		this.name = name;
		this.importState = "Succeeded";
		this.reportId = reportId;
		this.datasetId = datasetId;
		this.createdAt = createdAt;
	}

	String id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	String importState() {
		return this.importState;
	}

	Instant createdAt() {
		return this.createdAt;
	}

}
