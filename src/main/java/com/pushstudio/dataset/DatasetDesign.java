package com.pushstudio.dataset;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The app's own record of a dataset it created for a user: who owns it, where it lives in
 * Power BI, and the schema as last sent. Ownership of every dataset page is checked here.
 */
@Entity
@Table(name = "dataset_design")
class DatasetDesign {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_principal_name", nullable = false)
	private String owner;

	@Column(name = "dataset_id", nullable = false, unique = true)
	private String datasetId;

	/** {@code null} for My workspace. */
	@Column(name = "workspace_id")
	private String workspaceId;

	@Column(nullable = false)
	private String name;

	@Column(name = "schema_json", nullable = false, length = 1_000_000)
	private String schemaJson;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected DatasetDesign() {
	}

	DatasetDesign(String owner, String datasetId, String workspaceId, String name, String schemaJson,
			Instant createdAt) {
		this.owner = owner;
		this.datasetId = datasetId;
		this.workspaceId = workspaceId;
		this.name = name;
		this.schemaJson = schemaJson;
		this.createdAt = createdAt;
	}

	String owner() {
		return this.owner;
	}

	String datasetId() {
		return this.datasetId;
	}

	String workspaceId() {
		return this.workspaceId;
	}

	String name() {
		return this.name;
	}

	String schemaJson() {
		return this.schemaJson;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	void changeSchema(String schemaJson) {
		this.schemaJson = schemaJson;
	}

}
