package com.pushstudio.sandbox.powerbi;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute URLs in the sandbox's answers, built from the request being answered, so that
 * they carry the scheme, host, port and mount point the caller used
 * ({@code /sandbox/powerbi} in the application, {@code /powerbi} in the standalone
 * emulator). Power BI's own are absolute:
 * {@code https://api.powerbi.com/v1.0/myorg/$metadata#groups}, report {@code webUrl}s on
 * {@code https://app.powerbi.com}, swagger {@code Reports_GetReports} example.
 */
final class SandboxUrls {

	private static final String API = "/v1.0/myorg";

	private SandboxUrls() {
	}

	/**
	 * Where this request's Power BI lives: scheme, host, port and the path before
	 * {@code /v1.0/myorg}.
	 */
	static String powerBi() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		String path = request.getRequestURI();
		int api = path.indexOf(API);
		return ServletUriComponentsBuilder.fromCurrentRequestUri()
			.replacePath((api >= 0) ? path.substring(0, api) : path)
			.replaceQuery(null)
			.toUriString();
	}

	/** The {@code @odata.context} Power BI puts on its lists. */
	static String context(String entitySet) {
		return powerBi() + API + "/$metadata#" + entitySet;
	}

	/**
	 * Where a dataset's {@code webUrl} points: the sandbox's page of the dataset (its
	 * tables and rows), as Power BI's points at the dataset's page on app.powerbi.com.
	 */
	static String datasetPage(String datasetId) {
		return powerBi() + "/datasets/" + datasetId;
	}

}
