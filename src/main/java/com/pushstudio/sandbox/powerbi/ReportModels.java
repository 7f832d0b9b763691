package com.pushstudio.sandbox.powerbi;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The success JSON of the sandbox's report operations (swagger {@code Report},
 * {@code Import}).
 */
final class ReportModels {

	private ReportModels() {
	}

	/**
	 * The properties of swagger {@code Reports_GetReports}' example ({@code id},
	 * {@code name}, {@code datasetId}, {@code webUrl}, {@code embedUrl}) and the
	 * {@code reportType} of the {@code Report} definition; nothing else.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Report(String id, String reportType, String name, String webUrl, String embedUrl, String datasetId) {

		static Report of(SandboxReport report, String baseUrl) {
			return new Report(report.id(), "PowerBIReport", report.name(), baseUrl + "/reports/" + report.id(),
					baseUrl + "/reportEmbed?reportId=" + report.id(), report.datasetId());
		}

	}

	/** The body of Clone Report; unknown properties are a 400, as in Power BI. */
	record CloneRequest(String name, String targetModelId, String targetWorkspaceId) {
	}

	record RebindRequest(String datasetId) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Import(String id, String name, String importState, List<Report> reports, List<ApiModels.Dataset> datasets,
			String createdDateTime, String updatedDateTime) {
	}

}
