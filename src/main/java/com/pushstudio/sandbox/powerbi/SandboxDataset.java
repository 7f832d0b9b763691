package com.pushstudio.sandbox.powerbi;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A dataset in a sandbox workspace. The schema is kept as Power BI's JSON text because it
 * is always read and replaced whole; rows live apart in {@link SandboxRow}.
 */
@Entity
@Table(name = "sandbox_powerbi_dataset")
class SandboxDataset {

	@Id
	private String id;

	private String workspaceId;

	private String ownerOid;

	private String name;

	private String defaultMode;

	private String retentionPolicy;

	@Column(name = "add_rows_api_enabled")
	private boolean addRowsApiEnabled;

	private String configuredBy;

	private Instant createdAt;

	@Column(length = 1_000_000)
	private String schemaJson;

	protected SandboxDataset() {
	}

	SandboxDataset(String id, SandboxWorkspace workspace, String name, String defaultMode, String retentionPolicy,
			boolean push, String configuredBy, Instant createdAt, String schemaJson) {
		this.id = id;
		this.workspaceId = workspace.id();
		this.ownerOid = workspace.ownerOid();
		this.name = name;
		this.defaultMode = defaultMode;
		this.retentionPolicy = retentionPolicy;
		this.addRowsApiEnabled = push;
		this.configuredBy = configuredBy;
		this.createdAt = createdAt;
		this.schemaJson = schemaJson;
	}

	String id() {
		return this.id;
	}

	String workspaceId() {
		return this.workspaceId;
	}

	String name() {
		return this.name;
	}

	String ownerOid() {
		return this.ownerOid;
	}

	String defaultMode() {
		return this.defaultMode;
	}

	String retentionPolicy() {
		return this.retentionPolicy;
	}

	boolean fifo() {
		return "basicFIFO".equals(this.retentionPolicy);
	}

	/** Push datasets are the only ones the push API may change. */
	boolean push() {
		return this.addRowsApiEnabled;
	}

	String configuredBy() {
		return this.configuredBy;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	String schemaJson() {
		return this.schemaJson;
	}

	void replaceSchema(String schemaJson) {
		this.schemaJson = schemaJson;
	}

}
