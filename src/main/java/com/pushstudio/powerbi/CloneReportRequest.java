package com.pushstudio.powerbi;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of Clone Report. A template report is cloned onto a push dataset with
 * {@code targetModelId}; without it Power BI refuses cross-workspace clones.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloneReportRequest(String name, String targetModelId, String targetWorkspaceId) {

	/** A clone named {@code name}, bound to {@code datasetId} in {@code target}. */
	public static CloneReportRequest onto(String name, String datasetId, Workspace target) {
		return new CloneReportRequest(name, datasetId, target.targetId());
	}

}
