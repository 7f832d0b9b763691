package com.pushstudio.consolidation;

import java.util.Objects;
import java.util.Optional;

import com.pushstudio.dataset.RecordedDataset;
import com.pushstudio.dataset.RecordedTable;
import com.pushstudio.dataset.SchemaOfRecord;

import org.springframework.stereotype.Component;

/** A source's table from the schema of record, where its columns are. */
@Component
class SourceTables {

	private final SchemaOfRecord schemas;

	SourceTables(SchemaOfRecord schemas) {
		this.schemas = schemas;
	}

	/**
	 * The dataset, when the owner keeps it in that workspace ({@code null}: My
	 * workspace).
	 */
	Optional<RecordedDataset> dataset(String owner, String groupId, String datasetId) {
		return this.schemas.dataset(owner, datasetId)
			.filter((dataset) -> Objects.equals(dataset.workspaceId(), groupId));
	}

	/** The table, when its columns are known. */
	Optional<RecordedTable> table(String owner, String groupId, String datasetId, String tableName) {
		return dataset(owner, groupId, datasetId).flatMap((dataset) -> dataset.table(tableName))
			.filter(RecordedTable::columnsKnown);
	}

}
