package com.pushstudio.consolidation.web;

import java.util.List;

import com.pushstudio.dataset.RecordedDataset;
import com.pushstudio.dataset.RecordedTable;
import com.pushstudio.dataset.SchemaOfRecord;
import com.pushstudio.powerbi.DataType;
import com.pushstudio.powerbi.Workspace;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The table a new source feeds, read from the schema of record as the upload pages read
 * it: a dataset or table the user keeps no record of is not found.
 */
@Component
class TargetTables {

	private final SchemaOfRecord schemas;

	TargetTables(SchemaOfRecord schemas) {
		this.schemas = schemas;
	}

	Target find(String owner, String workspace, String datasetId, String tableName) {
		RecordedDataset dataset = this.schemas.dataset(owner, (datasetId != null) ? datasetId : "")
			.filter((recorded) -> recorded.workspace().equals(Workspace.of(workspace)))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		RecordedTable table = dataset.table((tableName != null) ? tableName : "")
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new Target(dataset.workspace().idOrMe(), dataset.id(), dataset.name(), table.name(),
				table.columns()
					.stream()
					.filter((column) -> column.dataType() == DataType.STRING)
					.map((column) -> column.name())
					.toList());
	}

	/**
	 * @param textColumns the table's text columns, which can hold a list's name or
	 * address
	 */
	record Target(String workspace, String datasetId, String datasetName, String tableName, List<String> textColumns) {

		Target {
			textColumns = List.copyOf(textColumns);
		}

	}

}
