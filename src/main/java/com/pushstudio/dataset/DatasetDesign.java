package com.pushstudio.dataset;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The app's own record of a dataset for a user, the schema of record: who keeps it, where
 * it lives in Power BI, and its full schema as last accepted by Power BI (or, for an
 * adopted dataset, as stated by the user). Power BI's Get Tables answers table names
 * only, so this is the one source of a table's columns. Ownership of every dataset page
 * is checked here.
 */
@Entity
@Table(name = "dataset_design")
class DatasetDesign {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_principal_name", nullable = false)
	private String owner;

	@Column(name = "dataset_id", nullable = false)
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

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private DatasetOrigin origin;

	/**
	 * JSON array of the tables whose columns are stated by the user, not yet confirmed.
	 */
	@Column(name = "stated_tables", nullable = false, length = 100_000)
	private String statedTables;

	protected DatasetDesign() {
	}

	DatasetDesign(String owner, String datasetId, String workspaceId, String name, String schemaJson,
			Instant createdAt) {
		this(owner, datasetId, workspaceId, name, schemaJson, createdAt, DatasetOrigin.CREATED, "[]");
	}

	DatasetDesign(String owner, String datasetId, String workspaceId, String name, String schemaJson, Instant createdAt,
			DatasetOrigin origin, String statedTables) {
		this.owner = owner;
		this.datasetId = datasetId;
		this.workspaceId = workspaceId;
		this.name = name;
		this.schemaJson = schemaJson;
		this.createdAt = createdAt;
		this.origin = origin;
		this.statedTables = statedTables;
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

	DatasetOrigin origin() {
		return this.origin;
	}

	String statedTables() {
		return this.statedTables;
	}

	void changeSchema(String schemaJson) {
		this.schemaJson = schemaJson;
	}

	void changeStatedTables(String statedTables) {
		this.statedTables = statedTables;
	}

}
