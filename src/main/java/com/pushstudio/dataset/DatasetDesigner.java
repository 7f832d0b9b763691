package com.pushstudio.dataset;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.CreateDatasetRequest;
import com.pushstudio.powerbi.Dataset;
import com.pushstudio.powerbi.Group;
import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.powerbi.PowerBiException;
import com.pushstudio.powerbi.RetentionPolicy;
import com.pushstudio.powerbi.Table;
import com.pushstudio.powerbi.Workspace;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Designs push datasets for a user: creates them in Power BI, keeps the app's record of
 * each, and changes or clears their tables. Every dataset operation first finds the
 * user's own design, so another user's dataset id is simply not found.
 */
@Service
public class DatasetDesigner {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PowerBiClient powerBi;

	private final DatasetDesigns designs;

	private final SampleInference inference;

	private final Clock clock;

	DatasetDesigner(PowerBiClient powerBi, DatasetDesigns designs, SampleInference inference) {
		this.powerBi = powerBi;
		this.designs = designs;
		this.inference = inference;
		this.clock = Clock.systemUTC();
	}

	/** The user's workspaces by id, not counting My workspace. */
	public Map<String, String> workspaces(String owner) {
		return this.powerBi.workspaces(owner)
			.stream()
			.collect(Collectors.toMap(Group::id, Group::name, (a, b) -> a, LinkedHashMap::new));
	}

	/**
	 * The datasets of My workspace and of every workspace holding one of the user's
	 * designs, and designs Power BI no longer lists.
	 */
	public List<DatasetSummary> datasets(String owner) {
		List<DatasetDesign> mine = this.designs.findByOwnerOrderByCreatedAtDesc(owner);
		Map<String, DatasetDesign> byId = mine.stream()
			.collect(Collectors.toMap(DatasetDesign::datasetId, Function.identity()));
		List<String> workspaceIds = new ArrayList<>();
		workspaceIds.add(null);
		mine.stream().map(DatasetDesign::workspaceId).filter(Objects::nonNull).distinct().forEach(workspaceIds::add);
		Map<String, String> names = (workspaceIds.size() > 1) ? workspaces(owner) : Map.of();
		List<DatasetSummary> summaries = new ArrayList<>();
		for (String workspaceId : workspaceIds) {
			String workspaceName = (workspaceId != null) ? names.getOrDefault(workspaceId, workspaceId) : null;
			for (Dataset dataset : this.powerBi.datasets(owner, new Workspace(workspaceId))) {
				DatasetDesign design = byId.remove(dataset.id());
				summaries.add(new DatasetSummary(dataset.id(), dataset.name(), workspaceName, design != null,
						dataset.isPushDataset(), true));
			}
		}
		byId.values()
			.forEach((design) -> summaries.add(new DatasetSummary(design.datasetId(), design.name(),
					(design.workspaceId() != null) ? names.get(design.workspaceId()) : null, true, true, false)));
		return summaries;
	}

	/** A new design proposed from a CSV sample, for the user to edit before creating. */
	public DatasetForm propose(InputStream csv, String fileName) {
		DatasetForm form = new DatasetForm();
		TableForm table = this.inference.propose(csv, fileName);
		form.setName(table.getName());
		form.getTables().add(table);
		return form;
	}

	/**
	 * Creates the push dataset in Power BI and records the design. The form must have
	 * passed {@link SchemaRules}.
	 * @return the new dataset's id
	 */
	@Transactional
	public String create(String owner, DatasetForm form) {
		Workspace workspace = Workspace.of(form.getWorkspace());
		CreateDatasetRequest request = form.toRequest();
		RetentionPolicy retention = (form.getRetention() != null) ? form.getRetention() : RetentionPolicy.NONE;
		Dataset created = this.powerBi.createPushDataset(owner, workspace, request, retention);
		this.designs.save(new DatasetDesign(owner, created.id(), workspace.groupId(), form.getName(),
				JSON.writeValueAsString(request), this.clock.instant()));
		return created.id();
	}

	/** The dataset's tables with row counts, and its designed relationships. */
	public DatasetDetails details(String owner, String datasetId) {
		DatasetDesign design = design(owner, datasetId);
		List<DatasetDetails.TableDetails> tables = tables(owner, design).stream()
			.map((table) -> new DatasetDetails.TableDetails(table.name(), table.columns(),
					(table.measures() != null) ? table.measures() : List.of(), rowCount(owner, design, table.name())))
			.toList();
		CreateDatasetRequest schema = JSON.readValue(design.schemaJson(), CreateDatasetRequest.class);
		return new DatasetDetails(datasetId, design.name(), Workspace.of(design.workspaceId()).idOrMe(),
				design.createdAt(), tables, (schema.relationships() != null) ? schema.relationships() : List.of());
	}

	/** One table of the dataset with its row count, e.g. before clearing it. */
	public DatasetDetails.TableDetails table(String owner, String datasetId, String tableName) {
		DatasetDesign design = design(owner, datasetId);
		Table table = table(owner, design, tableName);
		return new DatasetDetails.TableDetails(table.name(), table.columns(),
				(table.measures() != null) ? table.measures() : List.of(), rowCount(owner, design, table.name()));
	}

	/** The table's current schema as a form to edit. */
	public TableForm tableForm(String owner, String datasetId, String tableName) {
		return TableForm.of(table(owner, design(owner, datasetId), tableName));
	}

	/** What sending the edited table would do to the rows it holds. */
	public SchemaCheck check(String owner, String datasetId, TableForm edited) {
		DatasetDesign design = design(owner, datasetId);
		Table current = table(owner, design, edited.getName());
		Map<String, ColumnForm> after = edited.getColumns()
			.stream()
			.collect(Collectors.toMap((column) -> key(column.getName()), Function.identity(), (a, b) -> a));
		List<String> removed = new ArrayList<>();
		List<String> retyped = new ArrayList<>();
		for (Column column : current.columns()) {
			ColumnForm kept = after.get(key(column.name()));
			if (kept == null) {
				removed.add(column.name());
			}
			else if (kept.getDataType() != column.dataType()) {
				retyped.add(column.name());
			}
		}
		Long rows = (removed.isEmpty() && retyped.isEmpty()) ? null : rowCount(owner, design, current.name());
		return new SchemaCheck(removed, retyped, rows);
	}

	/**
	 * Replaces the table's columns and measures (Put Table) and records the new schema.
	 */
	@Transactional
	public void changeTable(String owner, String datasetId, TableForm edited) {
		DatasetDesign design = design(owner, datasetId);
		Table current = table(owner, design, edited.getName());
		edited.setName(current.name());
		Table table = edited.toTable();
		this.powerBi.putTable(owner, workspace(design), datasetId, table);
		CreateDatasetRequest schema = JSON.readValue(design.schemaJson(), CreateDatasetRequest.class);
		List<Table> tables = new ArrayList<>(schema.tables());
		tables.replaceAll((old) -> old.name().equalsIgnoreCase(table.name()) ? table : old);
		design.changeSchema(JSON.writeValueAsString(
				new CreateDatasetRequest(schema.name(), schema.defaultMode(), tables, schema.relationships())));
		this.designs.save(design);
	}

	/** Deletes all rows of the table (Delete Rows). */
	public void clearRows(String owner, String datasetId, String tableName) {
		DatasetDesign design = design(owner, datasetId);
		this.powerBi.deleteRows(owner, workspace(design), datasetId, table(owner, design, tableName).name());
	}

	private DatasetDesign design(String owner, String datasetId) {
		return this.designs.findByOwnerAndDatasetId(owner, datasetId).orElseThrow(DesignNotFoundException::new);
	}

	private List<Table> tables(String owner, DatasetDesign design) {
		return this.powerBi.tables(owner, workspace(design), design.datasetId());
	}

	private Table table(String owner, DatasetDesign design, String tableName) {
		return tables(owner, design).stream()
			.filter((table) -> table.name().equalsIgnoreCase(tableName))
			.findFirst()
			.orElseThrow(DesignNotFoundException::new);
	}

	/** Counting is a courtesy: any refusal makes the count unknown, not the page fail. */
	private Long rowCount(String owner, DatasetDesign design, String tableName) {
		try {
			OptionalLong count = this.powerBi.rowCount(owner, workspace(design), design.datasetId(), tableName);
			return count.isPresent() ? count.getAsLong() : null;
		}
		catch (PowerBiException ex) {
			return null;
		}
	}

	private static Workspace workspace(DatasetDesign design) {
		return new Workspace(design.workspaceId());
	}

	private static String key(String name) {
		return (name != null) ? name.toLowerCase(Locale.ROOT) : "";
	}

}
