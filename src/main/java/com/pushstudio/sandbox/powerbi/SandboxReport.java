package com.pushstudio.sandbox.powerbi;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A report in a sandbox workspace, bound to one dataset. {@code writable} is the user's
 * Write permission on it; {@code cloneOntoModelRefused} makes Clone with
 * {@code targetModelId} answer 400, as Power BI is reported to do for some reports.
 */
@Entity
@Table(name = "sandbox_powerbi_report")
class SandboxReport {

	@Id
	private String id;

	private String workspaceId;

	private String ownerOid;

	private String name;

	private String datasetId;

	private boolean writable;

	private boolean cloneOntoModelRefused;

	private boolean seeded;

	private Instant createdAt;

	protected SandboxReport() {
	}

	SandboxReport(String id, SandboxWorkspace workspace, String name, String datasetId, boolean writable,
			boolean cloneOntoModelRefused, boolean seeded, Instant createdAt) {
		this.id = id;
		this.workspaceId = workspace.id();
		this.ownerOid = workspace.ownerOid();
		this.name = name;
		this.datasetId = datasetId;
		this.writable = writable;
		this.cloneOntoModelRefused = cloneOntoModelRefused;
		this.seeded = seeded;
		this.createdAt = createdAt;
	}

	String id() {
		return this.id;
	}

	String workspaceId() {
		return this.workspaceId;
	}

	String ownerOid() {
		return this.ownerOid;
	}

	String name() {
		return this.name;
	}

	String datasetId() {
		return this.datasetId;
	}

	boolean writable() {
		return this.writable;
	}

	boolean cloneOntoModelRefused() {
		return this.cloneOntoModelRefused;
	}

	void rebind(String datasetId) {
		this.datasetId = datasetId;
	}

}
