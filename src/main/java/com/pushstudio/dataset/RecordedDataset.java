package com.pushstudio.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.pushstudio.powerbi.Relationship;
import com.pushstudio.powerbi.Workspace;

/**
 * A dataset as Push Studio keeps it: the schema of record. Pages, uploads and report
 * templates read a table's columns only from here, never from Get Tables.
 *
 * @param workspaceId {@code null} for My workspace
 */
public record RecordedDataset(String id, String workspaceId, String name, DatasetOrigin origin, Instant createdAt,
		List<RecordedTable> tables, List<Relationship> relationships) {

	public RecordedDataset {
		tables = List.copyOf(tables);
		relationships = List.copyOf(relationships);
	}

	public Workspace workspace() {
		return new Workspace(this.workspaceId);
	}

	/**
	 * Model names are case-insensitive in Power BI: {@code Sales} and {@code sales} are
	 * one.
	 */
	public Optional<RecordedTable> table(String name) {
		return this.tables.stream().filter((table) -> table.name().equalsIgnoreCase(name)).findFirst();
	}

}
