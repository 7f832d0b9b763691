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

	record Group(String id, String name, @JsonProperty("isReadOnly") boolean isReadOnly,
			@JsonProperty("isOnDedicatedCapacity") boolean isOnDedicatedCapacity, String type) {

		static Group of(SandboxWorkspace workspace) {
			return new Group(workspace.id(), workspace.name(), false, false, "Workspace");
		}

	}

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
					"/sandbox/powerbi/groups/" + dataset.workspaceId() + "/datasets/" + dataset.id());
		}

	}

	/** Post Dataset's 201 body, as in the swagger example. */
	record CreatedDataset(String id, String name, String defaultRetentionPolicy) {
	}

	/** Execute Queries' answer: {@code {"results":[{"tables":[{"rows":[...]}]}]}}. */
	record QueryResults(List<QueryResult> results) {

		static QueryResults single(List<java.util.Map<String, Object>> rows) {
			return new QueryResults(List.of(new QueryResult(List.of(new QueryTable(rows)))));
		}

	}

	record QueryResult(List<QueryTable> tables) {
	}

	record QueryTable(List<java.util.Map<String, Object>> rows) {
	}

}
