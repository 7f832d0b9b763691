package com.pushstudio.sandbox.powerbi;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The success JSON of the sandbox Power BI API, shaped as the swagger and Power BI's
 * answers.
 */
final class ApiModels {

	private ApiModels() {
	}

	/**
	 * Power BI's OData list wrapper ({@code Groups}, {@code Datasets}, {@code Tables}).
	 */
	record ODataList<T>(@JsonProperty("@odata.context") String context, List<T> value) {
	}

	/**
	 * The properties of swagger {@code Groups_GetGroups}' example; its optional
	 * {@code capacityId} etc. do not apply to sandbox workspaces.
	 */
	record Group(String id, String name, @JsonProperty("isReadOnly") boolean isReadOnly,
			@JsonProperty("isOnDedicatedCapacity") boolean isOnDedicatedCapacity) {

		static Group of(SandboxWorkspace workspace) {
			return new Group(workspace.id(), workspace.name(), false, false);
		}

	}

	/**
	 * A dataset as Get Datasets and Get Dataset answer: the properties of their swagger
	 * examples ({@code Datasets_GetDatasets}, {@code Datasets_GetDataset}) plus
	 * {@code targetStorageMode}, {@code createdDate} and {@code webUrl} of the swagger
	 * {@code Dataset} definition. The webUrl is the sandbox's page of the dataset.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Dataset(String id, String name, String configuredBy,
			@JsonProperty("addRowsAPIEnabled") boolean addRowsApiEnabled,
			@JsonProperty("isRefreshable") boolean isRefreshable,
			@JsonProperty("isEffectiveIdentityRequired") boolean isEffectiveIdentityRequired,
			@JsonProperty("isEffectiveIdentityRolesRequired") boolean isEffectiveIdentityRolesRequired,
			@JsonProperty("isOnPremGatewayRequired") boolean isOnPremGatewayRequired, String targetStorageMode,
			String createdDate, String webUrl) {

		static Dataset of(SandboxDataset dataset) {
			return new Dataset(dataset.id(), dataset.name(), dataset.configuredBy(), dataset.push(), !dataset.push(),
					false, false, false, dataset.push() ? "Abf" : "PremiumFiles", dataset.createdAt().toString(),
					SandboxUrls.datasetPage(dataset.id()));
		}

	}

	/**
	 * A table as Get Tables answers it by default, and Put Table always: its name only.
	 * Microsoft's reference shows no Get Tables answer; users of the real service see
	 * names with no columns (microsoft/powerbi-powershell#397,
	 * gbrueckl/PowerBI.API.Client#11). Put Table's swagger example
	 * ({@code Datasets_PutTable}) answers {@code {"name":"Product"}}.
	 */
	record TableName(String name) {
	}

	/** Post Dataset's 201 body, as in the swagger example. */
	record CreatedDataset(String id, String name, String defaultRetentionPolicy) {
	}

	/**
	 * Execute Queries' answer: {@code {"results":[{"tables":[{"rows":[...]}]}]}}, with an
	 * {@code error} only when the result was cut short.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record QueryResults(List<QueryResult> results, QueryError error) {

		static QueryResults single(List<java.util.Map<String, Object>> rows, QueryError error) {
			return new QueryResults(List.of(new QueryResult(List.of(new QueryTable(rows)))), error);
		}

	}

	/** Swagger {@code DatasetExecuteQueriesError}. */
	record QueryError(String code, String message) {
	}

	record QueryResult(List<QueryTable> tables) {
	}

	record QueryTable(List<java.util.Map<String, Object>> rows) {
	}

}
