package com.pushstudio.powerbi;

/** A report as Get Reports and Clone Report answer. */
public record Report(String id, String name, String webUrl, String embedUrl, String datasetId, String reportType,
		String description) {

}
