package com.pushstudio.upload;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import com.pushstudio.dataset.RecordedTable;
import com.pushstudio.dataset.SchemaOfRecord;
import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.PowerBiException;

import org.springframework.stereotype.Component;

/**
 * Pushes into tables whose columns the user stated (adopted datasets, whose columns Power
 * BI does not tell): Power BI accepting rows confirms the statement, and Power BI
 * refusing them points back at it.
 */
@Component
class StatedSchemas {

	private final SchemaOfRecord schemas;

	StatedSchemas(SchemaOfRecord schemas) {
		this.schemas = schemas;
	}

	/** Marks the stated columns confirmed once Power BI acknowledged a batch. */
	void pushed(UploadJob job) {
		if (job.batchesAcknowledged() > 0 && statedTable(job).isPresent()) {
			this.schemas.confirm(job.owner(), job.datasetId(), job.tableName());
		}
	}

	/**
	 * What to tell the user of a refused push: for a stated table, Power BI's 400 says
	 * the statement is wrong, naming the column Power BI named where it did.
	 */
	String refusal(UploadJob job, PowerBiException ex) {
		Optional<RecordedTable> stated = (ex.status() == 400) ? statedTable(job) : Optional.empty();
		if (stated.isEmpty()) {
			return ex.userMessage();
		}
		String said = String.join(" ", ex.details()).toLowerCase(Locale.ROOT) + " "
				+ String.valueOf(ex.errorMessage()).toLowerCase(Locale.ROOT);
		Optional<String> column = stated.get()
			.columns()
			.stream()
			.map(Column::name)
			.sorted(Comparator.comparingInt(String::length).reversed())
			.filter((name) -> said.contains(name.toLowerCase(Locale.ROOT)))
			.findFirst();
		String where = column.map((name) -> "Check column \u201c" + name + "\u201d: ")
			.orElse("Check each column's name and type: ");
		return "Power BI refused the rows for table " + job.tableName()
				+ ": they do not fit the columns you stated for it. " + where
				+ "on the dataset's page they are marked \u201cstated by you, not read from Power BI\u201d. Power BI said: "
				+ ex.userMessage();
	}

	private Optional<RecordedTable> statedTable(UploadJob job) {
		return this.schemas.dataset(job.owner(), job.datasetId())
			.flatMap((dataset) -> dataset.table(job.tableName()))
			.filter(RecordedTable::stated);
	}

}
