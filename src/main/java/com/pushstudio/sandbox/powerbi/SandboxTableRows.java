package com.pushstudio.sandbox.powerbi;

import java.util.List;
import java.util.Map;

import com.pushstudio.sandbox.SandboxMode;

import org.springframework.stereotype.Component;

/**
 * Reads what was pushed into a sandbox table, in push order, for the sandbox's own pages
 * (the report view) and tests. Not part of the emulated API: no token, no limits.
 */
@Component
@SandboxMode
public class SandboxTableRows {

	private final RowStore store;

	private final PowerBiJson json;

	SandboxTableRows(RowStore store, PowerBiJson json) {
		this.store = store;
		this.json = json;
	}

	/** The rows as posted (column name to JSON value), oldest first. */
	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> rows(String datasetId, String tableName) {
		return this.store.read(datasetId, tableName)
			.stream()
			.map((row) -> (Map<String, Object>) this.json.read(row, Map.class))
			.toList();
	}

	public long count(String datasetId, String tableName) {
		return this.store.count(datasetId, tableName);
	}

}
