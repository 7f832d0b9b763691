package com.pushstudio.sandbox.powerbi;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * How many rows one push table holds, changed in the same transaction as the rows
 * themselves. Counting the rows on every Post Rows slowed the sandbox down as tables
 * grew.
 */
@Entity
@Table(name = "sandbox_powerbi_table_rows")
class SandboxTableRowCount {

	@EmbeddedId
	private Key key;

	private long rowCount;

	protected SandboxTableRowCount() {
	}

	SandboxTableRowCount(Key key) {
		this.key = key;
	}

	long rowCount() {
		return this.rowCount;
	}

	void set(long rows) {
		this.rowCount = rows;
	}

	@Embeddable
	record Key(@Column(name = "dataset_id") String datasetId,
			@Column(name = "table_name") String tableName) implements Serializable {
	}

}
