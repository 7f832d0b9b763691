package com.pushstudio.dataset;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.pushstudio.dataset.DatasetDetails.Presence;
import com.pushstudio.dataset.DatasetDetails.TableDetails;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.CreateDatasetRequest;
import com.pushstudio.powerbi.Dataset;
import com.pushstudio.powerbi.Group;
import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.powerbi.PowerBiException;
import com.pushstudio.powerbi.PowerBiNotFoundException;
import com.pushstudio.powerbi.RetentionPolicy;
import com.pushstudio.powerbi.Table;
import com.pushstudio.powerbi.Workspace;
import com.pushstudio.web.WebLinks;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Designs push datasets for a user: creates them in Power BI or adopts ones made
 * elsewhere, keeps the schema of record of each, and changes or clears their tables.
 * Every dataset operation first finds the user's own record, so another user's dataset id
 * is simply not found. Power BI is called outside any transaction; the record changes
 * only after Power BI accepted.
 */
@Service
public class DatasetDesigner {

	private final PowerBiClient powerBi;

	private final DatasetDesigns designs;

	private final SchemaOfRecord schemas;

	private final SampleInference inference;

	private final DatasetMessages messages;

	private final Clock clock;

	DatasetDesigner(PowerBiClient powerBi, DatasetDesigns designs, SchemaOfRecord schemas, SampleInference inference,
			DatasetMessages messages, ObjectProvider<Clock> clock) {
		this.powerBi = powerBi;
		this.designs = designs;
		this.schemas = schemas;
		this.inference = inference;
		this.messages = messages;
		this.clock = clock.getIfUnique(Clock::systemUTC);
	}

	/**
	 * The user's workspaces by id, not counting My workspace; a workspace Power BI lists
	 * without a name goes by its id.
	 */
	public Map<String, String> workspaces(String owner) {
		Map<String, String> names = new LinkedHashMap<>();
		for (Group group : this.powerBi.workspaces(owner)) {
			if (group.id() != null) {
				names.putIfAbsent(group.id(), Objects.requireNonNullElse(group.name(), group.id()));
			}
		}
		return names;
	}

	/**
	 * The datasets of My workspace, of {@code shownWorkspace} and of every workspace
	 * holding one of the user's records, and records Power BI no longer lists.
	 */
	public List<DatasetSummary> datasets(String owner, String shownWorkspace) {
		List<DatasetDesign> mine = this.designs.findByOwnerOrderByCreatedAtDesc(owner);
		Map<String, DatasetDesign> byId = mine.stream()
			.collect(Collectors.toMap(DatasetDesign::datasetId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		Set<String> workspaceIds = new java.util.LinkedHashSet<>();
		workspaceIds.add(null);
		if (shownWorkspace != null && !Workspace.of(shownWorkspace).isMyWorkspace()) {
			workspaceIds.add(Workspace.of(shownWorkspace).groupId());
		}
		mine.stream().map(DatasetDesign::workspaceId).filter(Objects::nonNull).forEach(workspaceIds::add);
		Map<String, String> names = (workspaceIds.size() > 1) ? workspaces(owner) : Map.of();
		List<DatasetSummary> summaries = new ArrayList<>();
		for (String workspaceId : workspaceIds) {
			String workspaceName = (workspaceId != null) ? names.getOrDefault(workspaceId, workspaceId) : null;
			for (Dataset dataset : this.powerBi.datasets(owner, new Workspace(workspaceId))) {
				if (dataset.id() == null) {
					continue;
				}
				DatasetDesign design = byId.remove(dataset.id());
				String name = (design != null) ? design.name()
						: Objects.requireNonNullElse(dataset.name(), dataset.id());
				summaries.add(new DatasetSummary(dataset.id(), name, workspaceId, workspaceName,
						(design != null) ? design.origin() : null, dataset.isPushDataset(), true));
			}
		}
		byId.values()
			.forEach((design) -> summaries.add(new DatasetSummary(design.datasetId(), design.name(),
					design.workspaceId(), (design.workspaceId() != null) ? names.get(design.workspaceId()) : null,
					design.origin(), true, false)));
		return summaries;
	}

	/** A new design proposed from a CSV sample, for the user to edit before creating. */
	SampleProposal propose(InputStream csv, String fileName) {
		return this.inference.propose(csv, fileName);
	}

	/** Columns for a table, proposed from a CSV sample; the table keeps its name. */
	SampleProposal proposeColumns(String owner, String datasetId, String tableName, InputStream csv, String fileName) {
		RecordedTable table = recordedTable(design(owner, datasetId), tableName);
		SampleProposal proposed = this.inference.propose(csv, fileName);
		proposed.table().setName(table.name());
		return proposed;
	}

	/**
	 * Creates the push dataset in Power BI and records its schema. The form must have
	 * passed {@link SchemaRules}.
	 * @return the new dataset's id
	 */
	public String create(String owner, DatasetForm form) {
		Workspace workspace = Workspace.of(form.getWorkspace());
		CreateDatasetRequest request = form.toRequest();
		RetentionPolicy retention = (form.getRetention() != null) ? form.getRetention() : RetentionPolicy.NONE;
		Dataset created = this.powerBi.createPushDataset(owner, workspace, request, retention);
		this.designs.save(new DatasetDesign(owner, created.id(), workspace.groupId(), form.getName(),
				this.schemas.write(request), this.clock.instant()));
		return created.id();
	}

	/**
	 * Adopts a push dataset made outside Push Studio: records its tables by name, their
	 * columns to be stated by the user, since Power BI does not tell them.
	 * @throws AdoptionRefusedException when the dataset takes no pushed rows
	 */
	public String adopt(String owner, String workspaceId, String datasetId) {
		if (this.designs.findByOwnerAndDatasetId(owner, datasetId).isPresent()) {
			return datasetId;
		}
		Workspace workspace = Workspace.of(workspaceId);
		Dataset dataset = this.powerBi.dataset(owner, workspace, datasetId);
		if (!dataset.isPushDataset()) {
			throw new AdoptionRefusedException("dataset.adopt.notPush");
		}
		List<Table> tables = new ArrayList<>();
		for (Table table : this.powerBi.tables(owner, workspace, datasetId)) {
			if (table.name() != null) {
				tables.add(Table.of(table.name(), List.of()));
			}
		}
		String name = Objects.requireNonNullElse(dataset.name(), datasetId);
		CreateDatasetRequest schema = new CreateDatasetRequest(name, null, tables, null);
		this.designs.save(new DatasetDesign(owner, datasetId, workspace.groupId(), name, this.schemas.write(schema),
				this.clock.instant(), DatasetOrigin.ADOPTED,
				this.schemas.names(tables.stream().map(Table::name).toList())));
		return datasetId;
	}

	/**
	 * The dataset page: the schema of record, each table marked as Power BI's Get Tables
	 * confirms it, with row counts where it does.
	 */
	public DatasetDetails details(String owner, String datasetId) {
		DatasetDesign design = design(owner, datasetId);
		RecordedDataset recorded = this.schemas.of(design);
		String problem = null;
		Optional<Set<String>> inPowerBi;
		Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		try {
			this.powerBi.tables(owner, recorded.workspace(), datasetId)
				.stream()
				.map(Table::name)
				.filter(Objects::nonNull)
				.forEach(names::add);
			inPowerBi = Optional.of(names);
		}
		catch (PowerBiNotFoundException ex) {
			inPowerBi = Optional.of(Set.of());
			problem = this.messages.text("dataset.details.gone");
		}
		catch (PowerBiException ex) {
			inPowerBi = Optional.empty();
			problem = this.messages.problem(ex);
		}
		List<TableDetails> tables = new ArrayList<>();
		for (RecordedTable table : recorded.tables()) {
			Presence presence = inPowerBi
				.map((present) -> present.contains(table.name()) ? Presence.IN_POWER_BI : Presence.MISSING)
				.orElse(Presence.UNKNOWN);
			tables.add(details(owner, recorded, table, presence));
		}
		List<String> unrecorded = names.stream().filter((name) -> recorded.table(name).isEmpty()).toList();
		return new DatasetDetails(datasetId, recorded.name(), recorded.workspace().idOrMe(),
				workspaceName(owner, recorded.workspaceId()), recorded.origin(), recorded.createdAt(), tables,
				unrecorded, problem, recorded.relationships(), reports(owner, recorded));
	}

	/**
	 * The datasets of that workspace already named so, ignoring case: Power BI allows two
	 * datasets of one name, and a person then cannot tell them apart.
	 */
	public List<String> sameNamed(String owner, String workspace, String name) {
		if (name == null || name.isBlank()) {
			return List.of();
		}
		try {
			return this.powerBi.datasets(owner, Workspace.of(workspace))
				.stream()
				.filter((dataset) -> dataset.id() != null && name.trim().equalsIgnoreCase(dataset.name()))
				.map(Dataset::id)
				.toList();
		}
		catch (PowerBiException ex) {
			return List.of();
		}
	}

	/**
	 * Deletes the dataset in Power BI (Delete Dataset, which takes its rows and the
	 * reports on it too) and forgets the record; one Power BI no longer has is only
	 * forgotten.
	 * @return the deleted dataset's name, for saying so
	 */
	public String delete(String owner, String datasetId) {
		DatasetDesign design = design(owner, datasetId);
		try {
			this.powerBi.deleteDataset(owner, new Workspace(design.workspaceId()), datasetId);
		}
		catch (PowerBiNotFoundException ex) {
			// Gone already: what is left to do is forgetting it.
		}
		this.designs.delete(design);
		return design.name();
	}

	/** The workspace's name as Power BI lists it, its id where Power BI does not say. */
	private String workspaceName(String owner, String workspaceId) {
		if (workspaceId == null) {
			return null;
		}
		try {
			return workspaces(owner).getOrDefault(workspaceId, workspaceId);
		}
		catch (PowerBiException ex) {
			return workspaceId;
		}
	}

	/**
	 * The reports Power BI lists on the dataset; none when it does not say which dataset
	 * a report is on, or does not answer: the list is a courtesy.
	 */
	private List<DatasetDetails.ReportLink> reports(String owner, RecordedDataset recorded) {
		try {
			return this.powerBi.reports(owner, recorded.workspace())
				.stream()
				.filter((report) -> recorded.id().equals(report.datasetId()) && report.id() != null)
				.map((report) -> new DatasetDetails.ReportLink(Objects.requireNonNullElse(report.name(), report.id()),
						WebLinks.safeHttpLink(report.webUrl())))
				.toList();
		}
		catch (PowerBiException ex) {
			return List.of();
		}
	}

	/** One table of the dataset with its row count, e.g. before clearing it. */
	public TableDetails table(String owner, String datasetId, String tableName) {
		RecordedDataset recorded = this.schemas.of(design(owner, datasetId));
		RecordedTable table = recorded.table(tableName).orElseThrow(DesignNotFoundException::new);
		return details(owner, recorded, table, Presence.UNKNOWN);
	}

	/**
	 * The table's schema of record as a form to edit or, for a stated table, to state.
	 */
	public TableForm tableForm(String owner, String datasetId, String tableName) {
		return TableForm.of(recordedTable(design(owner, datasetId), tableName));
	}

	/** Whether the table's columns are the user's statement rather than Power BI's. */
	boolean isStated(String owner, String datasetId, String tableName) {
		return recordedTable(design(owner, datasetId), tableName).stated();
	}

	/** What sending the edited table would do to the rows it holds. */
	public SchemaCheck check(String owner, String datasetId, TableForm edited) {
		DatasetDesign design = design(owner, datasetId);
		RecordedTable current = recordedTable(design, edited.getName());
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
		Long rows = (removed.isEmpty() && retyped.isEmpty()) ? null
				: rowCount(owner, design.workspaceId(), datasetId, current.name());
		return new SchemaCheck(removed, retyped, rows);
	}

	/**
	 * Replaces the table's columns and measures in Power BI (Put Table) with exactly the
	 * edited ones, every column the user kept included, and records them once Power BI
	 * has accepted.
	 */
	public void changeTable(String owner, String datasetId, TableForm edited) {
		DatasetDesign design = design(owner, datasetId);
		RecordedTable current = recordedTable(design, edited.getName());
		edited.setName(current.name());
		Table table = edited.toTable();
		this.powerBi.putTable(owner, new Workspace(design.workspaceId()), datasetId, table);
		record(owner, datasetId, table, false);
	}

	/**
	 * Records the columns the user states for a table of an adopted dataset, without
	 * sending anything: Power BI already holds the table, and does not tell its columns.
	 * They stay marked as stated until Power BI accepts rows pushed with them.
	 */
	public void stateTable(String owner, String datasetId, Table stated) {
		RecordedTable current = recordedTable(design(owner, datasetId), stated.name());
		Table named = new Table(current.name(), stated.columns(), stated.measures(), stated.isHidden(),
				stated.description());
		record(owner, datasetId, named, true);
	}

	/** Deletes all rows of the table (Delete Rows). */
	public void clearRows(String owner, String datasetId, String tableName) {
		DatasetDesign design = design(owner, datasetId);
		this.powerBi.deleteRows(owner, new Workspace(design.workspaceId()), datasetId,
				recordedTable(design, tableName).name());
	}

	private void record(String owner, String datasetId, Table table, boolean stated) {
		DatasetDesign design = design(owner, datasetId);
		CreateDatasetRequest schema = this.schemas.schema(design);
		List<Table> tables = new ArrayList<>(schema.tables());
		tables.replaceAll((old) -> old.name().equalsIgnoreCase(table.name()) ? table : old);
		design.changeSchema(this.schemas
			.write(new CreateDatasetRequest(schema.name(), schema.defaultMode(), tables, schema.relationships())));
		Set<String> statedTables = this.schemas.stated(design);
		if (stated) {
			statedTables.add(table.name().toLowerCase(Locale.ROOT));
		}
		else {
			statedTables.remove(table.name().toLowerCase(Locale.ROOT));
		}
		design.changeStatedTables(this.schemas.names(statedTables));
		this.designs.save(design);
	}

	private TableDetails details(String owner, RecordedDataset recorded, RecordedTable table, Presence presence) {
		Long rows = (presence != Presence.MISSING)
				? rowCount(owner, recorded.workspaceId(), recorded.id(), table.name()) : null;
		return new TableDetails(table.name(), table.columns(), table.measures(), rows, presence, table.stated());
	}

	private DatasetDesign design(String owner, String datasetId) {
		return this.designs.findByOwnerAndDatasetId(owner, datasetId).orElseThrow(DesignNotFoundException::new);
	}

	private RecordedTable recordedTable(DatasetDesign design, String tableName) {
		return this.schemas.of(design).table(tableName).orElseThrow(DesignNotFoundException::new);
	}

	/** Counting is a courtesy: any refusal makes the count unknown, not the page fail. */
	private Long rowCount(String owner, String workspaceId, String datasetId, String tableName) {
		try {
			OptionalLong count = this.powerBi.rowCount(owner, new Workspace(workspaceId), datasetId, tableName);
			return count.isPresent() ? count.getAsLong() : null;
		}
		catch (PowerBiException ex) {
			return null;
		}
	}

	private static String key(String name) {
		return (name != null) ? name.toLowerCase(Locale.ROOT) : "";
	}

}
