package com.pushstudio.sandbox.powerbi;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import com.pushstudio.sandbox.SandboxMode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Execute Queries, for the one DAX query clients use to check a push:
 * {@code EVALUATE ROW("count", COUNTROWS('Table'))}. Any other DAX is a 400.
 */
@Service
@SandboxMode
class RowCountQuery {

	private static final Pattern COUNT_ROWS = Pattern.compile(
			"\\s*EVALUATE\\s+ROW\\s*\\(\\s*\"count\"\\s*,\\s*COUNTROWS\\s*\\(\\s*'((?:[^']|'')+)'\\s*\\)\\s*\\)\\s*",
			Pattern.CASE_INSENSITIVE);

	private final DatasetCatalog catalog;

	private final RowStore store;

	private final PowerBiJson json;

	RowCountQuery(DatasetCatalog catalog, RowStore store, PowerBiJson json) {
		this.catalog = catalog;
		this.store = store;
		this.json = json;
	}

	@Transactional(readOnly = true)
	ApiModels.QueryResults execute(SandboxCaller caller, String groupId, String datasetId, byte[] body) {
		SandboxDataset dataset = this.catalog.dataset(caller, groupId, datasetId);
		JsonNode request = request(body);
		Matcher dax = COUNT_ROWS.matcher(query(request));
		if (!dax.matches()) {
			throw queryError("The sandbox answers only EVALUATE ROW(\"count\", COUNTROWS('Table')).");
		}
		String tableName = dax.group(1).replace("''", "'");
		// DAX names are case-insensitive, unlike the push API's paths.
		PushSchema.Table table = this.catalog.model(dataset)
			.tables()
			.stream()
			.filter((candidate) -> candidate.name().equalsIgnoreCase(tableName))
			.findFirst()
			.orElseThrow(() -> queryError("Cannot find table '" + tableName + "'."));
		long count = this.store.count(dataset.id(), table.name());
		// COUNTROWS of an empty table is BLANK, and blanks are left out unless
		// includeNulls.
		Map<String, Object> row = new HashMap<>();
		if (count > 0 || request.path("serializerSettings").path("includeNulls").asBoolean(false)) {
			row.put("[count]", (count > 0) ? count : null);
		}
		return ApiModels.QueryResults.single(List.of(row));
	}

	private JsonNode request(byte[] body) {
		try {
			return this.json.tree(new String((body != null) ? body : new byte[0], StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			throw queryError("The request body is not valid JSON.");
		}
	}

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
