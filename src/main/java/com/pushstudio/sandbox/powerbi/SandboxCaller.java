package com.pushstudio.sandbox.powerbi;

import java.util.Set;

/**
 * Who calls the sandbox Power BI API, from the verified bearer token. {@code oid} keys
 * everything the user owns, as Azure AD's object id is stable across apps. An app-only
 * caller ({@code app}) is a service principal: its token carries {@code roles} and no
 * {@code scp} (access-token claims reference).
 */
record SandboxCaller(String oid, String tenantId, String upn, String name, Set<String> scopes, boolean app) {

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
