package com.pushstudio.sandbox.powerbi;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Get Datasets, Get Dataset, Post Dataset, Delete Dataset, Get Tables, Put Table and
 * Execute Queries, each in the My workspace and the {@code groups/{groupId}} form. Bodies
 * arrive as bytes because Power BI reads them more strictly than Boot's shared JSON
 * mapper does.
 */
@RestController
@RequestMapping(SandboxPowerBiWebConfig.BASE)
class SandboxDatasetsController {

	private static final String READ = "Dataset.Read.All";

	private static final String WRITE = "Dataset.ReadWrite.All";

	private final DatasetCatalog catalog;

	private final DaxQueries queries;

	private final boolean tablesWithColumns;

	SandboxDatasetsController(DatasetCatalog catalog, DaxQueries queries, SandboxPowerBiProperties properties) {
		this.catalog = catalog;
		this.queries = queries;
		this.tablesWithColumns = properties.getTablesColumns();
	}

	@GetMapping({ "/datasets", "/groups/{groupId}/datasets" })
	@PowerBiOperation(scopes = { WRITE, READ })
	ApiModels.ODataList<ApiModels.Dataset> datasets(@RequestAttribute(SandboxCaller.ATTRIBUTE) SandboxCaller caller,
			@PathVariable(required = false) String groupId) {
		return new ApiModels.ODataList<>(SandboxUrls.context("datasets"),
				this.catalog.datasets(caller, groupId).stream().map(ApiModels.Dataset::of).toList());
	}

	/** Swagger {@code Datasets_GetDataset(InGroup)}; any dataset, push or not. */
	@GetMapping({ "/datasets/{datasetId}", "/groups/{groupId}/datasets/{datasetId}" })
	@PowerBiOperation(scopes = { WRITE, READ })
	ApiModels.Dataset dataset(@RequestAttribute(SandboxCaller.ATTRIBUTE) SandboxCaller caller,
			@PathVariable(required = false) String groupId, @PathVariable String datasetId) {
		return ApiModels.Dataset.of(this.catalog.dataset(caller, groupId, datasetId));
	}

	/** Swagger {@code Datasets_DeleteDataset(InGroup)}: 200 with no body. */
	@DeleteMapping({ "/datasets/{datasetId}", "/groups/{groupId}/datasets/{datasetId}" })
	@PowerBiOperation(scopes = WRITE)
	void delete(@RequestAttribute(SandboxCaller.ATTRIBUTE) SandboxCaller caller,
			@PathVariable(required = false) String groupId, @PathVariable String datasetId) {
		this.catalog.delete(caller, groupId, datasetId);
	}

	@PostMapping({ "/datasets", "/groups/{groupId}/datasets" })
	@ResponseStatus(HttpStatus.CREATED)
	@PowerBiOperation(scopes = WRITE)
	ApiModels.CreatedDataset create(@RequestAttribute(SandboxCaller.ATTRIBUTE) SandboxCaller caller,
			@PathVariable(required = false) String groupId,
			@RequestParam(required = false) String defaultRetentionPolicy, @RequestBody(required = false) byte[] body) {
		return this.catalog.create(caller, groupId, defaultRetentionPolicy, body);
	}

	@GetMapping({ "/datasets/{datasetId}/tables", "/groups/{groupId}/datasets/{datasetId}/tables" })
	@PowerBiOperation(scopes = { WRITE, READ })
	ApiModels.ODataList<?> tables(@RequestAttribute(SandboxCaller.ATTRIBUTE) SandboxCaller caller,
			@PathVariable(required = false) String groupId, @PathVariable String datasetId) {
		List<PushSchema.Table> tables = this.catalog.tables(caller, groupId, datasetId);
		List<?> answer = this.tablesWithColumns ? tables
				: tables.stream().map((table) -> new ApiModels.TableName(table.name())).toList();
		return new ApiModels.ODataList<>(SandboxUrls.context("tables"), answer);
	}

	@PutMapping({ "/datasets/{datasetId}/tables/{tableName}",
			"/groups/{groupId}/datasets/{datasetId}/tables/{tableName}" })
	@PowerBiOperation(scopes = WRITE)
	ApiModels.TableName putTable(@RequestAttribute(SandboxCaller.ATTRIBUTE) SandboxCaller caller,
			@PathVariable(required = false) String groupId, @PathVariable String datasetId,
			@PathVariable String tableName, @RequestBody(required = false) byte[] body) {
		return new ApiModels.TableName(this.catalog.putTable(caller, groupId, datasetId, tableName, body).name());
	}

	@PostMapping({ "/datasets/{datasetId}/executeQueries", "/groups/{groupId}/datasets/{datasetId}/executeQueries" })
	@PowerBiOperation(scopes = { WRITE, READ })
	ApiModels.QueryResults executeQueries(@RequestAttribute(SandboxCaller.ATTRIBUTE) SandboxCaller caller,
			@PathVariable(required = false) String groupId, @PathVariable String datasetId,
			@RequestBody(required = false) byte[] body) {
		return this.queries.execute(caller, groupId, datasetId, body);
	}

}
