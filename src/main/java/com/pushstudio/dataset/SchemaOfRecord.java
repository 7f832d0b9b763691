package com.pushstudio.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.pushstudio.powerbi.CreateDatasetRequest;
import com.pushstudio.powerbi.Table;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The schema of record of each user's datasets: the one place other features read a
 * table's columns from. Power BI's Get Tables answers table names only (its reference
 * page shows no example answer; users of Get-PowerBITable see empty columns,
 * microsoft/powerbi-powershell#397), so nothing here ever asks Power BI for columns.
 */
@Service
public class SchemaOfRecord {

	private static final TypeReference<List<String>> NAMES = new TypeReference<>() {
	};

	private final DatasetDesigns designs;

	private final JsonMapper json;

	SchemaOfRecord(DatasetDesigns designs, JsonMapper json) {
		this.designs = designs;
		this.json = json;
	}

	/** The user's record of the dataset; empty when the user keeps none. */
	public Optional<RecordedDataset> dataset(String owner, String datasetId) {
		return this.designs.findByOwnerAndDatasetId(owner, datasetId).map(this::of);
	}

	/**
	 * Power BI accepted rows for the table under the stated columns: from now on they are
	 * as good as read from Power BI.
	 */
	@Transactional
	public void confirm(String owner, String datasetId, String tableName) {
		this.designs.findByOwnerAndDatasetId(owner, datasetId).ifPresent((design) -> {
			Set<String> stated = stated(design);
			if (stated.remove(tableName.toLowerCase(Locale.ROOT))) {
				design.changeStatedTables(names(stated));
				this.designs.save(design);
			}
		});
	}

	RecordedDataset of(DatasetDesign design) {
		CreateDatasetRequest schema = schema(design);
		Set<String> stated = stated(design);
		List<RecordedTable> tables = new ArrayList<>();
		for (Table table : (schema.tables() != null) ? schema.tables() : List.<Table>of()) {
			tables.add(new RecordedTable(table.name(), (table.columns() != null) ? table.columns() : List.of(),
					(table.measures() != null) ? table.measures() : List.of(),
					stated.contains(table.name().toLowerCase(Locale.ROOT))));
		}
		return new RecordedDataset(design.datasetId(), design.workspaceId(), design.name(), design.origin(),
				design.createdAt(), tables, (schema.relationships() != null) ? schema.relationships() : List.of());
	}

	CreateDatasetRequest schema(DatasetDesign design) {
		return this.json.readValue(design.schemaJson(), CreateDatasetRequest.class);
	}

	String write(CreateDatasetRequest schema) {
		return this.json.writeValueAsString(schema);
	}

	/** Table names kept lower-case: Power BI's model names are case-insensitive. */
	Set<String> stated(DatasetDesign design) {
		Set<String> stated = new TreeSet<>();
		this.json.readValue(design.statedTables(), NAMES).forEach((name) -> stated.add(name.toLowerCase(Locale.ROOT)));
		return stated;
	}

	String names(Collection<String> tableNames) {
		return this.json.writeValueAsString(tableNames.stream().map((name) -> name.toLowerCase(Locale.ROOT)).toList());
	}

}
