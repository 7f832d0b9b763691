package com.pushstudio.sandbox.powerbi;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute URLs in the sandbox's answers, built from the request being answered, so that
 * they carry the scheme, host and port the caller used (Power BI's own are absolute:
 * {@code https://api.powerbi.com/v1.0/myorg/$metadata#groups}, report {@code webUrl}s on
 * {@code https://app.powerbi.com}, swagger {@code Reports_GetReports} example).
 */
final class SandboxUrls {

	private SandboxUrls() {
	}

	/** Scheme, host, port and context path of the current request. */
	static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
	}

	/** The {@code @odata.context} Power BI puts on its lists. */
	static String context(String entitySet) {
		return base() + SandboxPowerBiWebConfig.BASE + "/$metadata#" + entitySet;
	}

	/**
	 * Where a dataset's {@code webUrl} points: the sandbox's page of the dataset (its
	 * tables and rows), as Power BI's points at the dataset's page on app.powerbi.com.
	 */
	static String datasetPage(String datasetId) {
		return base() + "/sandbox/powerbi/datasets/" + datasetId;
	}

}
