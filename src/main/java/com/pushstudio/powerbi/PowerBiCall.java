package com.pushstudio.powerbi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpMethod;

/**
 * One Power BI REST call: method, path under {@code /v1.0/myorg} with its variables, the
 * JSON body, the scope the API reference names for it, and what repeating it would do.
 */
record PowerBiCall(HttpMethod method, String uriTemplate, List<Object> uriVariables, byte[] body, String scope,
		Kind kind) {

	enum Kind {

		/** Changes nothing: may be repeated after a server error. */
		READ,
		/**
		 * Changes something, but repeating it ends in the same state (Put Table, Delete
		 * Rows).
		 */
		REPEATABLE_WRITE,
		/** Repeating it duplicates its effect (Post Rows, Post Dataset, Clone Report). */
		WRITE

	}

	static PowerBiCall get(String scope, Workspace workspace, String path, Object... variables) {
		return of(HttpMethod.GET, scope, Kind.READ, workspace, path, null, variables);
	}

	static PowerBiCall of(HttpMethod method, String scope, Kind kind, Workspace workspace, String path, byte[] body,
			Object... variables) {
		List<Object> uriVariables = new ArrayList<>();
		String template = "/v1.0/myorg";
		if (!workspace.isMyWorkspace()) {
			template += "/groups/{groupId}";
			uriVariables.add(workspace.groupId());
		}
		uriVariables.addAll(Arrays.asList(variables));
		return new PowerBiCall(method, template + path, List.copyOf(uriVariables), body, scope, kind);
	}

	/** Whether a failure after sending could leave a change behind. */
	boolean writes() {
		return this.kind != Kind.READ;
	}

}
