package com.pushstudio.sandbox.reports;

import java.security.Principal;
import java.util.List;

import com.pushstudio.sandbox.powerbi.SandboxReportViews;
import com.pushstudio.sandbox.powerbi.SandboxReportViews.ReportView;
import com.pushstudio.sandbox.powerbi.SandboxReportViews.TableView;
import com.pushstudio.sandbox.powerbi.SandboxTableRows;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import com.pushstudio.sandbox.SandboxPaths;

/**
 * A sandbox report's page and a sandbox dataset's page (their {@code webUrl}s). The
 * sandbox keeps no sign-in session of its own and never reads the application's
 * ({@code /sandbox/**} is stateless), so the page is reached by its unguessable id, like
 * a share link; should a principal ever be present, anyone but the report's owner gets
 * 404, as for an id that does not exist.
 */
@Controller
class SandboxReportPageController {

	static final int MAX_ROWS = 1000;

	private final SandboxReportViews reports;

	private final SandboxTableRows rows;

	SandboxReportPageController(SandboxReportViews reports, SandboxTableRows rows) {
		this.reports = reports;
		this.rows = rows;
	}

	@GetMapping(SandboxPaths.MAPPING + "/powerbi/reports/{reportId}")
	String report(@PathVariable String reportId, Principal viewer, Model model) {
		ReportView report = this.reports.report(reportId)
			.filter((found) -> viewer == null || viewer.getName().equals(found.ownerOid()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return show(report, false, model);
	}

	/** A dataset's page: what its {@code webUrl} points at. */
	@GetMapping(SandboxPaths.MAPPING + "/powerbi/datasets/{datasetId}")
	String dataset(@PathVariable String datasetId, Principal viewer, Model model) {
		ReportView dataset = this.reports.dataset(datasetId)
			.filter((found) -> viewer == null || viewer.getName().equals(found.ownerOid()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return show(dataset, true, model);
	}

	private String show(ReportView report, boolean datasetPage, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("datasetPage", datasetPage);
		model.addAttribute("tables", report.tables().stream().map((table) -> page(report, table)).toList());
		return "sandbox/report";
	}

	/**
	 * The first rows only, and the chart summed a page of rows at a time: a table may
	 * hold millions of rows, and neither may need them in memory at once.
	 */
	private TablePage page(ReportView report, TableView table) {
		List<List<String>> shown = this.rows.first(report.datasetId(), table.name(), MAX_ROWS)
			.stream()
			.map((row) -> table.columns()
				.stream()
				.map((column) -> row.get(column.name()))
				.map((value) -> (value != null) ? value.toString() : "")
				.toList())
			.toList();
		BarChartSums chart = new BarChartSums(table);
		this.rows.forEach(report.datasetId(), table.name(), chart::add);
		return new TablePage(table, shown, this.rows.count(report.datasetId(), table.name()),
				chart.chart().orElse(null));
	}

	record TablePage(TableView table, List<List<String>> rows, long rowCount, BarChart chart) {

		public boolean truncated() {
			return this.rowCount > this.rows.size();
		}

	}

}
