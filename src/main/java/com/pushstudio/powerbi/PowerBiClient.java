package com.pushstudio.powerbi;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import com.pushstudio.powerbi.PowerBiCall.Kind;

import org.springframework.http.HttpMethod;

/**
 * The Power BI REST operations Push Studio uses, on behalf of a user named by principal
 * name. Each call fetches that user's token itself, so background jobs use it as well as
 * requests. Failures are {@link PowerBiException}s.
 */
public class PowerBiClient {

	// Scopes as the API reference names them for each operation, for permission errors.
	static final String DATASETS = "Dataset.ReadWrite.All";

	static final String WORKSPACES = "Workspace.Read.All";

	static final String REPORTS = "Report.ReadWrite.All";

	static final String CONTENT_CREATE = "Content.Create";

	private static final String TABLE_PATH = "/datasets/{datasetId}/tables/{tableName}";

	private final PowerBiHttp http;

	PowerBiClient(PowerBiHttp http) {
		this.http = http;
	}

	/** The workspaces the user can see, not counting My workspace. */
	public List<Group> workspaces(String principalName) {
		return this.http.list(principalName, PowerBiCall.get(WORKSPACES, Workspace.MY_WORKSPACE, "/groups"),
				Group.class);
	}

	public List<Dataset> datasets(String principalName, Workspace workspace) {
		return this.http.list(principalName, PowerBiCall.get(DATASETS, workspace, "/datasets"), Dataset.class);
	}

	/**
	 * One dataset (Get Dataset, {@code Datasets_GetDataset}), e.g. to see whether it
	 * takes pushed rows before adopting it.
	 */
	public Dataset dataset(String principalName, Workspace workspace, String datasetId) {
		Dataset dataset = this.http.call(principalName,
				PowerBiCall.get(DATASETS, workspace, "/datasets/{datasetId}", datasetId), Dataset.class);
		if (dataset == null) {
			throw new PowerBiException("Power BI answered without the dataset.", PowerBiError.none());
		}
		return dataset;
	}

	/** Deletes a dataset (Delete Dataset, {@code Datasets_DeleteDataset}). */
	public void deleteDataset(String principalName, Workspace workspace, String datasetId) {
		this.http.call(principalName, PowerBiCall.of(HttpMethod.DELETE, DATASETS, Kind.REPEATABLE_WRITE, workspace,
				"/datasets/{datasetId}", null, datasetId));
	}

	/**
	 * Creates a push dataset.
	 * @throws PushDatasetsRetiredException once Power BI stops creating push datasets
	 */
	public Dataset createPushDataset(String principalName, Workspace workspace, CreateDatasetRequest request,
			RetentionPolicy retentionPolicy) {
		PowerBiCall call = PowerBiCall.of(HttpMethod.POST, DATASETS, Kind.WRITE, workspace,
				"/datasets?defaultRetentionPolicy={policy}", this.http.json(request), retentionPolicy.queryValue());
		Dataset created = this.http.call(principalName, call, Dataset.class);
		if (created == null || created.id() == null) {
			throw new PowerBiException("Power BI accepted the dataset but did not say its id; look for \""
					+ request.name() + "\" in the workspace before creating it again.", PowerBiError.none());
		}
		return created;
	}

	/**
	 * The dataset's tables as Get Tables answers them: trust only their names. Power BI
	 * leaves out columns and measures (microsoft/powerbi-powershell#397), so a table's
	 * {@code columns} are {@code null} or empty here whatever the table holds.
	 */
	public List<Table> tables(String principalName, Workspace workspace, String datasetId) {
		return this.http.list(principalName,
				PowerBiCall.get(DATASETS, workspace, "/datasets/{datasetId}/tables", datasetId), Table.class);
	}

	/** Replaces a push table's columns and measures; its rows stay. */
	public void putTable(String principalName, Workspace workspace, String datasetId, Table table) {
		this.http.call(principalName, PowerBiCall.of(HttpMethod.PUT, DATASETS, Kind.REPEATABLE_WRITE, workspace,
				TABLE_PATH, this.http.json(table), datasetId, table.name()));
	}

	/**
	 * Adds a batch of rows, already serialized as {@code {"rows":[...]}}. Never repeated
	 * here: see {@link PowerBiUnavailableException#mayHaveBeenApplied()}.
	 */
	public void postRows(String principalName, Workspace workspace, String datasetId, String tableName,
			byte[] rowsJson) {
		this.http.call(principalName, PowerBiCall.of(HttpMethod.POST, DATASETS, Kind.WRITE, workspace,
				TABLE_PATH + "/rows", rowsJson, datasetId, tableName));
	}

	/** Adds rows given as column name to value maps. */
	public void postRows(String principalName, Workspace workspace, String datasetId, String tableName,
			List<? extends Map<String, ?>> rows) {
		postRows(principalName, workspace, datasetId, tableName, this.http.json(Map.of("rows", rows)));
	}

	/** Deletes all rows of a push table. */
	public void deleteRows(String principalName, Workspace workspace, String datasetId, String tableName) {
		this.http.call(principalName, PowerBiCall.of(HttpMethod.DELETE, DATASETS, Kind.REPEATABLE_WRITE, workspace,
				TABLE_PATH + "/rows", null, datasetId, tableName));
	}

	/**
	 * Counts a table's rows with a DAX query. Empty when the dataset or tenant refuses
	 * queries (400, 403, or an error in the result): the count is a courtesy, not worth
	 * failing for.
	 */
	public OptionalLong rowCount(String principalName, Workspace workspace, String datasetId, String tableName) {
		PowerBiCall call = PowerBiCall.of(HttpMethod.POST, DATASETS, Kind.READ, workspace,
				"/datasets/{datasetId}/executeQueries", this.http.json(RowCountQuery.request(tableName)), datasetId);
		try {
			return RowCountQuery.count(this.http.call(principalName, call, ExecuteQueries.Response.class));
		}
		catch (PowerBiException ex) {
			if (ex.status() == 400 || ex instanceof PowerBiPermissionException) {
				return OptionalLong.empty();
			}
			throw ex;
		}
	}

	public List<Report> reports(String principalName, Workspace workspace) {
		return this.http.list(principalName, PowerBiCall.get(REPORTS, workspace, "/reports"), Report.class);
	}

	/**
	 * Clones a report, typically a template onto a push dataset with
	 * {@link CloneReportRequest#onto}.
	 */
	public Report cloneReport(String principalName, Workspace sourceWorkspace, String reportId,
			CloneReportRequest request) {
		Report copy = this.http.call(principalName, PowerBiCall.of(HttpMethod.POST, CONTENT_CREATE, Kind.WRITE,
				sourceWorkspace, "/reports/{reportId}/Clone", this.http.json(request), reportId), Report.class);
		if (copy == null || copy.id() == null) {
			throw new PowerBiException("Power BI made the copy but did not say its id; look for \"" + request.name()
					+ "\" among the workspace's reports.", PowerBiError.none());
		}
		return (copy.name() != null) ? copy : new Report(copy.id(), request.name(), copy.webUrl(), copy.embedUrl(),
				copy.datasetId(), copy.reportType(), copy.description());
	}

	/** Points an existing report at another dataset. */
	public void rebindReport(String principalName, Workspace workspace, String reportId, String datasetId) {
		this.http.call(principalName, PowerBiCall.of(HttpMethod.POST, REPORTS, Kind.REPEATABLE_WRITE, workspace,
				"/reports/{reportId}/Rebind", this.http.json(new RebindReportRequest(datasetId)), reportId));
	}

}
