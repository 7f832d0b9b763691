package com.pushstudio.dataset;

import java.time.Instant;
import java.util.List;

import com.pushstudio.powerbi.Column;
import com.pushstudio.powerbi.Measure;
import com.pushstudio.powerbi.Relationship;

/**
 * A dataset page: the schema of record, with what Power BI confirms of it now (which
 * tables exist, their row counts).
 *
 * @param workspaceName {@code null} for My workspace
 * @param unrecordedTables tables Power BI lists that the record does not hold
 * @param powerBiProblem what kept Power BI from confirming the tables, or {@code null}
 */
public record DatasetDetails(String id, String name, String workspace, String workspaceName, DatasetOrigin origin,
		Instant createdAt, List<TableDetails> tables, List<String> unrecordedTables, String powerBiProblem,
		List<Relationship> relationships, List<ReportLink> reports) {

	/**
	 * A report Power BI lists on this dataset; {@code webUrl} is {@code null} when Power
	 * BI gave no http(s) address.
	 */
	public record ReportLink(String name, String webUrl) {

	}

	/** Whether Power BI still lists the dataset: {@code false} once it answered 404. */
	public boolean inPowerBi() {
		return this.tables.stream().anyMatch((table) -> table.presence() != Presence.MISSING) || this.tables.isEmpty();
	}

	/**
	 * A table with its row count, {@code null} when Power BI would not count.
	 *
	 * @param stated the columns are stated by the user and no push has confirmed them
	 */
	public record TableDetails(String name, List<Column> columns, List<Measure> measures, Long rowCount,
			Presence presence, boolean stated) {

		public boolean columnsKnown() {
			return !this.columns.isEmpty();
		}

	}

	/** What Get Tables said of a recorded table. */
	public enum Presence {

		IN_POWER_BI, MISSING, UNKNOWN

	}

}
