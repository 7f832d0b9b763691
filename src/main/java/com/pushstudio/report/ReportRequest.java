package com.pushstudio.report;

import com.pushstudio.powerbi.Workspace;

/**
 * Create a report named {@code name} in {@code target}, from the template report
 * {@code templateId} in {@code templateWorkspace}, bound to the dataset
 * {@code datasetId}.
 */
record ReportRequest(Workspace templateWorkspace, String templateId, String templateName, String name, Workspace target,
		String targetName, String datasetId) {
}
