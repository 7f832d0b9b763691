package com.pushstudio.sandbox.powerbi;

import java.util.Set;

/**
 * Who calls the sandbox Power BI API, from the verified bearer token. {@code oid} keys
 * everything the user owns, as Azure AD's object id is stable across apps.
 */
record SandboxCaller(String oid, String tenantId, String upn, String name, Set<String> scopes) {

	static final String ATTRIBUTE = "com.pushstudio.sandbox.powerbi.SandboxCaller";

	boolean hasAnyScope(String... wanted) {
		for (String scope : wanted) {
			if (this.scopes.contains(scope)) {
				return true;
			}
		}
		return false;
	}

}
