package com.pushstudio.sandbox.powerbi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Post Rows and Delete Rows, with Power BI's checks in its order: dataset and table
 * (case-sensitive), request size, row count, every value against its column, then the
 * rate limits, the table caps and the "accepted then dropped" fault.
 */
@Service
class RowIngest {

	private static final int MAX_DETAILS = 10;

	private final DatasetCatalog catalog;

	private final RowStore store;

	private final PushLimiter limiter;

	private final PowerBiJson json;

	private final SandboxFaults faults;

	private final SandboxPowerBiProperties.Limits limits;

	RowIngest(DatasetCatalog catalog, RowStore store, PushLimiter limiter, PowerBiJson json, SandboxFaults faults,
			SandboxPowerBiProperties properties) {
		this.catalog = catalog;
		this.store = store;
		this.limiter = limiter;
		this.json = json;
		this.faults = faults;
		this.limits = properties.limits();
	}

	void post(SandboxCaller caller, String groupId, String datasetId, String tableName, byte[] body) {
		SandboxDataset dataset = this.catalog.pushDataset(caller, groupId, datasetId);
		PushSchema.Table table = this.catalog.table(this.catalog.model(dataset), dataset, tableName);
		if (body != null && body.length > this.limits.bytesPerPost().toBytes()) {
			throw new PowerBiApiException(
					HttpStatus.PAYLOAD_TOO_LARGE, "RequestEntityTooLarge", "The request is " + body.length
							+ " bytes; at most " + this.limits.bytesPerPost().toBytes() + " are allowed.",
					List.of(), null);
		}
		try (PushLimiter.Slot slot = this.limiter.enter(dataset.id())) {
			List<String> rows = checkedRows(table, rowsOf(body));
			long stored = this.store.count(dataset.id(), tableName);
			this.limiter.admit(dataset.id(), rows.size(), stored);
			if (!dataset.fifo() && stored + rows.size() > this.limits.noneRows()) {
				throw PowerBiApiException.badRequest("The table '" + tableName + "' would hold more than "
						+ this.limits.noneRows() + " rows, the most a 'None' retention table keeps.", tableName);
			}
			this.store.append(dataset.id(), tableName, rows, dataset.fifo() ? this.limits.fifoRows() : null);
		}
		if (this.faults.dropNow()) {
			throw new PowerBiApiException(HttpStatus.INTERNAL_SERVER_ERROR, "InternalServerError",
					"An internal error occurred (injected by the sandbox after storing the rows).", List.of(), null);
		}
	}

	void delete(SandboxCaller caller, String groupId, String datasetId, String tableName) {
		SandboxDataset dataset = this.catalog.pushDataset(caller, groupId, datasetId);
		this.catalog.table(this.catalog.model(dataset), dataset, tableName);
		this.store.deleteAll(dataset.id(), tableName);
	}

	private JsonNode rowsOf(byte[] body) {
		JsonNode request;
		try {
			request = this.json
				.tree(new String((body != null) ? body : new byte[0], java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			throw PowerBiApiException.badRequest("The request body is not valid JSON.", "body");
		}
		if (request == null || !request.isObject() || !request.path("rows").isArray()) {
			throw PowerBiApiException.badRequest("The body must be {\"rows\":[...]}.", "rows");
		}
		for (String name : request.propertyNames()) {
			if (!name.equals("rows")) {
				throw PowerBiApiException.badRequest(
						"The property '" + name
								+ "' does not exist on type 'Microsoft.PowerBI.ServiceContracts.Api.PostRowsRequest'.",
						name);
			}
		}
		JsonNode rows = request.get("rows");
		if (rows.size() > this.limits.rowsPerPost()) {
			throw PowerBiApiException.badRequest("The request has " + rows.size() + " rows; at most "
					+ this.limits.rowsPerPost() + " rows are allowed per POST rows request.", "rows");
		}
		return rows;
	}

	/** Each row checked against the table; all problems (up to ten) in one answer. */
	private List<String> checkedRows(PushSchema.Table table, JsonNode rows) {
		List<PowerBiError.Detail> problems = new ArrayList<>();
		List<String> checked = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size() && problems.size() < MAX_DETAILS; i++) {
			JsonNode row = rows.get(i);
			if (!row.isObject()) {
				problems.add(new PowerBiError.Detail("Row " + i + " is not a JSON object.", "rows[" + i + "]"));
				continue;
			}
			for (Map.Entry<String, JsonNode> value : row.properties()) {
				String problem = problem(table, value.getKey(), value.getValue());
				if (problem != null) {
					problems.add(new PowerBiError.Detail("Row " + i + ", column '" + value.getKey() + "': " + problem,
							"rows[" + i + "]." + value.getKey()));
				}
			}
			checked.add(this.json.write(row));
		}
		if (!problems.isEmpty()) {
			throw PowerBiApiException.badRequest(problems);
		}
		return checked;
	}

	private String problem(PushSchema.Table table, String columnName, JsonNode value) {
		var column = table.column(columnName);
		if (column.isEmpty()) {
			return "the table '" + table.name() + "' has no such column (names are case-sensitive)";
		}
		String problem = ColumnType.of(column.get().dataType())
			.orElseThrow()
			.problem(value, this.limits.stringLength());
		return (problem != null) ? "the value " + abbreviated(value) + " " + problem : null;
	}

	private static String abbreviated(JsonNode value) {
		String text = value.toString();
		return (text.length() > 40) ? text.substring(0, 40) + "..." : text;
	}

}
