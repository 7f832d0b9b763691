package com.pushstudio.sandbox.powerbi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One pushed row, as the JSON object the client sent. Ids come from a pooled sequence so
 * that 10,000-row posts insert in JDBC batches; their order is the push order.
 */
@Entity
@Table(name = "sandbox_powerbi_row")
class SandboxRow {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sandbox_powerbi_row_seq")
	@SequenceGenerator(name = "sandbox_powerbi_row_seq", sequenceName = "sandbox_powerbi_row_seq",
			allocationSize = 1000)
	private Long id;

	private String datasetId;

	private String tableName;

	@Column(length = 1_000_000)
	private String rowJson;

	protected SandboxRow() {
	}

	SandboxRow(String datasetId, String tableName, String rowJson) {
		this.datasetId = datasetId;
		this.tableName = tableName;
		this.rowJson = rowJson;
	}

	String rowJson() {
		return this.rowJson;
	}

}
