package com.pushstudio.upload;

import java.util.List;
import java.util.Map;

import com.pushstudio.csv.ColumnMapper;
import com.pushstudio.csv.ColumnMapping;
import com.pushstudio.csv.TableColumn;

/**
 * What a job needs to read its file again the same way, stored with it as JSON: a resumed
 * job must produce the same batches.
 *
 * @param options how to read the CSV
 * @param targets per CSV column, the table column it feeds, or blank for none; empty
 * until the user edits the mapping, which means "match by name"
 * @param tableColumns the table's columns when the job was made
 * @param batchRows rows per batch when the job was made
 * @param batchBytes bytes per batch when the job was made
 */
record JobSettings(FileOptions options, List<String> targets, List<TableColumn> tableColumns, int batchRows,
		int batchBytes) {

	JobSettings {
		targets = (targets != null) ? List.copyOf(targets) : List.of();
		tableColumns = List.copyOf(tableColumns);
	}

	JobSettings with(FileOptions options, List<String> targets) {
		return new JobSettings(options, targets, this.tableColumns, this.batchRows, this.batchBytes);
	}

	BatchLimits batchLimits() {
		return new BatchLimits(this.batchRows, this.batchBytes);
	}

	/** The mapping for these headers: by name, then the user's choices where given. */
	ColumnMapping mapping(List<String> headers) {
		if (!this.options.header()) {
			if (this.targets.size() != headers.size()) {
				return ColumnMapper.byPosition(headers.size(), this.tableColumns);
			}
		}
		if (this.targets.size() != headers.size()) {
			return ColumnMapper.propose(headers, this.tableColumns);
		}
		Map<String, String> overrides = new java.util.LinkedHashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			String target = this.targets.get(i);
			boolean known = this.tableColumns.stream().anyMatch((column) -> column.name().equals(target));
			overrides.put(headers.get(i), known ? target : null);
		}
		return ColumnMapper.map(headers, this.tableColumns, overrides);
	}

}
