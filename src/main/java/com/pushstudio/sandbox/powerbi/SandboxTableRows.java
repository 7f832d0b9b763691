package com.pushstudio.sandbox.powerbi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

/**
 * Reads what was pushed into a sandbox table, in push order, for the sandbox's own pages
 * (the report view) and tests. Not part of the emulated API: no token, no limits. A table
 * may hold millions of rows, so reads are bounded: the first rows, or every row a page at
 * a time.
 */
@Component
public class SandboxTableRows {

	/**
	 * Rows per page when visiting a whole table: few enough queries to be quick, while at
	 * most one page of rows is held at a time.
	 */
	static final int PAGE_ROWS = 5_000;

	private final RowStore store;

	private final PowerBiJson json;

	SandboxTableRows(RowStore store, PowerBiJson json) {
		this.store = store;
		this.json = json;
	}

	/**
	 * The oldest {@code limit} rows as posted (column name to JSON value), oldest first.
	 */
	public List<Map<String, Object>> first(String datasetId, String tableName, int limit) {
		return this.store.readAfter(datasetId, tableName, Long.MIN_VALUE, limit).stream().map(this::values).toList();
	}

	/**
	 * Hands every row to {@code action}, oldest first, holding one page in memory at a
	 * time. Each page is read in its own short transaction, not one long snapshot, so
	 * that a long read holds nothing open: rows pushed meanwhile may be seen, and rows a
	 * FIFO table drops meanwhile may be missed.
	 */
	public void forEach(String datasetId, String tableName, Consumer<Map<String, Object>> action) {
		forEach(datasetId, tableName, PAGE_ROWS, action);
	}

	void forEach(String datasetId, String tableName, int pageRows, Consumer<Map<String, Object>> action) {
		long after = Long.MIN_VALUE;
		List<StoredRow> page;
		do {
			page = this.store.readAfter(datasetId, tableName, after, pageRows);
			for (StoredRow row : page) {
				action.accept(values(row));
				after = row.id();
			}
		}
		while (page.size() == pageRows);
	}

	/** Every row, oldest first, in memory at once: for tests and other small tables. */
	public List<Map<String, Object>> rows(String datasetId, String tableName) {
		List<Map<String, Object>> rows = new ArrayList<>();
		forEach(datasetId, tableName, rows::add);
		return rows;
	}

	public long count(String datasetId, String tableName) {
		return this.store.count(datasetId, tableName);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> values(StoredRow row) {
		return this.json.read(row.json(), Map.class);
	}

}
