package com.pushstudio.sandbox.powerbi;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Datasets and their schema: list, create (Post Dataset), delete, tables (Get Tables, Put
 * Table), and the lookups every dataset operation starts with, which answer 404 for
 * datasets of other users exactly as for ids that do not exist.
 */
@Service
class DatasetCatalog {

	private final WorkspaceDirectory workspaces;

	private final DatasetRepository datasets;

	private final SchemaRules rules;

	private final PowerBiJson json;

	private final SandboxFaults faults;

	private final Clock clock;

	private final DatasetRemoval removal;

	DatasetCatalog(WorkspaceDirectory workspaces, DatasetRepository datasets, SchemaRules rules, PowerBiJson json,
			SandboxFaults faults, SandboxClock clock, DatasetRemoval removal) {
		this.workspaces = workspaces;
		this.datasets = datasets;
		this.removal = removal;
		this.rules = rules;
		this.json = json;
		this.faults = faults;
		this.clock = clock.clock();
	}

	@Transactional(readOnly = true)
	List<SandboxDataset> datasets(SandboxCaller caller, String groupId) {
		return this.datasets.findByWorkspaceIdOrderByCreatedAt(this.workspaces.workspace(caller, groupId).id());
	}

	@Transactional
	ApiModels.CreatedDataset create(SandboxCaller caller, String groupId, String retentionPolicy, byte[] body) {
		SandboxWorkspace workspace = this.workspaces.workspace(caller, groupId);
		if (this.faults.refusesNewDatasets()) {
			throw new PowerBiApiException(HttpStatus.BAD_REQUEST, "FeatureDeprecatedError",
					"Creation of push semantic models is no longer supported.", List.of(), null);
		}
		String policy = retentionPolicy(retentionPolicy);
		PushSchema.Dataset request = this.json.read(body, PushSchema.Dataset.class);
		String mode = mode(request.defaultMode());
		this.rules.checkDataset(request);
		var dataset = new SandboxDataset(UUID.randomUUID().toString(), workspace, request.name(), mode, policy, true,
				caller.upn(), this.clock.instant(), this.json.write(request.model()));
		this.datasets.save(dataset);
		return new ApiModels.CreatedDataset(dataset.id(), dataset.name(), policy);
	}

	/**
	 * Delete Dataset: any dataset of the caller, push or not; 404 as for any lookup when
	 * it is not theirs or not there.
	 */
	@Transactional
	void delete(SandboxCaller caller, String groupId, String datasetId) {
		this.removal.remove(dataset(caller, groupId, datasetId));
	}

	@Transactional(readOnly = true)
	List<PushSchema.Table> tables(SandboxCaller caller, String groupId, String datasetId) {
		return model(pushDataset(caller, groupId, datasetId)).tables();
	}

	@Transactional
	PushSchema.Table putTable(SandboxCaller caller, String groupId, String datasetId, String tableName, byte[] body) {
		SandboxDataset dataset = pushDataset(caller, groupId, datasetId);
		PushSchema.Model model = model(dataset);
		table(model, dataset, tableName);
		PushSchema.Table table = this.json.read(body, PushSchema.Table.class);
		if (!tableName.equals(table.name())) {
			throw PowerBiApiException.badRequest("The table name in the body must be '" + tableName + "'.", "name");
		}
		List<PushSchema.Table> tables = model.tables()
			.stream()
			.map((existing) -> existing.name().equals(tableName) ? table : existing)
			.toList();
		PushSchema.Model changed = new PushSchema.Model(tables, model.relationships());
		this.rules.check(changed);
		dataset.replaceSchema(this.json.write(changed));
		return table;
	}

	/**
	 * A dataset of the caller in the workspace of the path; My-workspace paths reach all
	 * of them.
	 */
	SandboxDataset dataset(SandboxCaller caller, String groupId, String datasetId) {
		SandboxDataset dataset = this.datasets.findByIdAndOwnerOid(datasetId, caller.oid())
			.orElseThrow(() -> notFound(datasetId));
		if (groupId != null && !this.workspaces.workspace(caller, groupId).id().equals(dataset.workspaceId())) {
			throw notFound(datasetId);
		}
		return dataset;
	}

	/** As {@link #dataset}, refusing datasets that were not made by Post Dataset. */
	SandboxDataset pushDataset(SandboxCaller caller, String groupId, String datasetId) {
		SandboxDataset dataset = dataset(caller, groupId, datasetId);
		if (!dataset.push()) {
			throw PowerBiApiException.notFound("Dataset " + datasetId + " is not Push API dataset.");
		}
		return dataset;
	}

	PushSchema.Model model(SandboxDataset dataset) {
		return this.json.read(dataset.schemaJson(), PushSchema.Model.class);
	}

	/** Table names are case-sensitive in the push API. */
	PushSchema.Table table(PushSchema.Model model, SandboxDataset dataset, String tableName) {
		return model.table(tableName)
			.orElseThrow(() -> PowerBiApiException
				.notFound("Table " + tableName + " does not exist in dataset " + dataset.id() + "."));
	}

	private static PowerBiApiException notFound(String datasetId) {
		return PowerBiApiException.notFound("Dataset " + datasetId
				+ " is not found! please verify datasetId is correct and user have sufficient permissions.");
	}

	private static String retentionPolicy(String value) {
		if (value == null || value.equalsIgnoreCase("None")) {
			return "None";
		}
		if (value.equalsIgnoreCase("basicFIFO")) {
			return "basicFIFO";
		}
		throw PowerBiApiException.badRequest("defaultRetentionPolicy must be None or basicFIFO.",
				"defaultRetentionPolicy");
	}

	private static String mode(String value) {
		if (value == null) {
			return "Push";
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "push" -> "Push";
			case "pushstreaming" -> "PushStreaming";
			default -> throw PowerBiApiException.badRequest(
					"The sandbox makes only Push and PushStreaming datasets, not " + value + ".", "defaultMode");
		};
	}

}
