package com.pushstudio.sandbox.powerbi;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the sandbox's report and dataset pages show: a report's name and its bound
 * dataset's tables and columns, or a dataset's own. Not part of the emulated API: no
 * token, no limits; the page checks who may see it.
 */
@Component
public class SandboxReportViews {

	private final SandboxReportRepository reports;

	private final DatasetRepository datasets;

	private final DatasetCatalog catalog;

	SandboxReportViews(SandboxReportRepository reports, DatasetRepository datasets, DatasetCatalog catalog) {
		this.reports = reports;
		this.datasets = datasets;
		this.catalog = catalog;
	}

	@Transactional(readOnly = true)
	public Optional<ReportView> report(String reportId) {
		return this.reports.findById(reportId)
			.flatMap((report) -> this.datasets.findById(report.datasetId())
				.map((dataset) -> new ReportView(report.id(), report.name(), report.ownerOid(), dataset.id(),
						dataset.name(), tables(dataset))));
	}

	/**
	 * A dataset shown as a report on it would show it: the page its {@code webUrl} points
	 * at.
	 */
	@Transactional(readOnly = true)
	public Optional<ReportView> dataset(String datasetId) {
		return this.datasets.findById(datasetId)
			.map((dataset) -> new ReportView(dataset.id(), dataset.name(), dataset.ownerOid(), dataset.id(),
					dataset.name(), tables(dataset)));
	}

	private List<TableView> tables(SandboxDataset dataset) {
		return this.catalog.model(dataset)
			.tables()
			.stream()
			.map((table) -> new TableView(table.name(),
					(table.columns() != null) ? table.columns()
						.stream()
						.map((column) -> new ColumnView(column.name(),
								ColumnType.of(column.dataType()).map(Enum::name).orElse("STRING")))
						.toList() : List.of()))
			.toList();
	}

	public record ReportView(String id, String name, String ownerOid, String datasetId, String datasetName,
			List<TableView> tables) {
	}

	public record TableView(String name, List<ColumnView> columns) {
	}

	/**
	 * @param type one of INT64, DOUBLE, DECIMAL, BOOLEAN, DATETIME, STRING
	 */
	public record ColumnView(String name, String type) {

		public boolean numeric() {
			return "INT64".equals(this.type) || "DOUBLE".equals(this.type) || "DECIMAL".equals(this.type);
		}

	}

}
