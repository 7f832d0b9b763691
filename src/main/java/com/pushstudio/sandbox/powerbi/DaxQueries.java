package com.pushstudio.sandbox.powerbi;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Execute Queries for the DAX of {@link DaxQuery}, answered in the shape of swagger
 * {@code Datasets_ExecuteQueries}: {@code results[0].tables[0].rows}, keys {@code [name]}
 * for a column made in the query and {@code Table[Column]} for a table's own. Blank
 * values are left out unless {@code serializerSettings.includeNulls} (swagger
 * {@code DatasetExecuteQueriesSerializationSettings}: default false). Values come back as
 * they were pushed; how Power BI writes DateTime values back is not documented. Any other
 * DAX, or more than one query, is a 400 {@code DatasetExecuteQueriesError}.
 */
@Service
class DaxQueries {

	private final DatasetCatalog catalog;

	private final RowStore store;

	private final PowerBiJson json;

	private final SandboxPowerBiProperties.Limits limits;

	DaxQueries(DatasetCatalog catalog, RowStore store, PowerBiJson json, SandboxPowerBiProperties properties) {
		this.catalog = catalog;
		this.store = store;
		this.json = json;
		this.limits = properties.limits();
	}

	@Transactional(readOnly = true)
	ApiModels.QueryResults execute(SandboxCaller caller, String groupId, String datasetId, byte[] body) {
		SandboxDataset dataset = this.catalog.dataset(caller, groupId, datasetId);
		JsonNode request = request(body);
		DaxQuery query = DaxQuery.parse(query(request))
			.orElseThrow(() -> queryError("The sandbox answers only EVALUATE ROW(\"name\", COUNTROWS('Table')),"
					+ " EVALUATE TOPN(n, 'Table') and EVALUATE 'Table'."));
		// DAX names are case-insensitive, unlike the push API's paths.
		PushSchema.Table table = this.catalog.model(dataset)
			.tables()
			.stream()
			.filter((candidate) -> candidate.name().equalsIgnoreCase(query.table()))
			.findFirst()
			.orElseThrow(() -> queryError("Cannot find table '" + query.table() + "'."));
		boolean includeNulls = request.path("serializerSettings").path("includeNulls").asBoolean(false);
		if (query instanceof DaxQuery.CountRows count) {
			return count(dataset, table, count.column(), includeNulls);
		}
		long wanted = (query instanceof DaxQuery.TopN top) ? top.rows() : Long.MAX_VALUE;
		return rows(dataset, table, wanted, includeNulls);
	}

	/**
	 * COUNTROWS of an empty table is BLANK, and blanks are left out unless includeNulls.
	 */
	private ApiModels.QueryResults count(SandboxDataset dataset, PushSchema.Table table, String column,
			boolean includeNulls) {
		long count = this.store.count(dataset.id(), table.name());
		Map<String, Object> row = new LinkedHashMap<>();
		if (count > 0 || includeNulls) {
			row.put("[" + column + "]", (count > 0) ? count : null);
		}
		return ApiModels.QueryResults.single(List.of(row), null);
	}

	/**
	 * At most the documented bound: "Maximum of 100,000 rows or 1,000,000 values per
	 * query (whichever is hit first)"; past it Power BI answers 200 with the rows up to
	 * the bound and an error "More than {allowed number} rows in a query result" (swagger
	 * {@code Datasets_ExecuteQueries}). Where that error sits and its code are not
	 * documented: the sandbox puts it on the response.
	 */
	private ApiModels.QueryResults rows(SandboxDataset dataset, PushSchema.Table table, long wanted,
			boolean includeNulls) {
		int columns = Math.max(1, table.columns().size());
		int bound = Math.min(this.limits.queryRows(), this.limits.queryValues() / columns);
		int limit = (int) Math.min(wanted, bound);
		List<StoredRow> stored = this.store.readAfter(dataset.id(), table.name(), Long.MIN_VALUE, limit + 1);
		List<Map<String, Object>> rows = stored.stream()
			.limit(limit)
			.map((row) -> row(table, this.json.tree(row.json()), includeNulls))
			.toList();
		ApiModels.QueryError error = (stored.size() > limit && wanted > bound) ? new ApiModels.QueryError(
				"DatasetExecuteQueriesError", "More than " + bound + " rows in a query result.") : null;
		return ApiModels.QueryResults.single(rows, error);
	}

	private static Map<String, Object> row(PushSchema.Table table, JsonNode values, boolean includeNulls) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (PushSchema.Column column : table.columns()) {
			JsonNode value = values.path(column.name());
			boolean blank = value.isMissingNode() || value.isNull();
			if (!blank || includeNulls) {
				row.put(table.name() + "[" + column.name() + "]", blank ? null : value);
			}
		}
		return row;
	}

	private JsonNode request(byte[] body) {
		try {
			return this.json.tree(new String((body != null) ? body : new byte[0], StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			throw queryError("The request body is not valid JSON.");
		}
	}

	/**
	 * "One query per API call" (swagger {@code Datasets_ExecuteQueries}, Limitations).
	 */
	private static String query(JsonNode request) {
		JsonNode queries = request.path("queries");
		if (queries.size() != 1 || !queries.get(0).path("query").isString()) {
			throw queryError("Exactly one query is supported per request.");
		}
		return queries.get(0).path("query").stringValue();
	}

	private static PowerBiApiException queryError(String message) {
		return new PowerBiApiException(HttpStatus.BAD_REQUEST, "DatasetExecuteQueriesError", message, List.of(), null);
	}

}
