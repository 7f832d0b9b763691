package com.pushstudio.sandbox.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sandbox can grant, in the plain words the consent page shows: the OpenID
 * Connect scopes and the delegated permissions of Power BI and Microsoft Graph.
 */
final class Permissions {

	static final Map<String, String> OPENID = ordered("openid", "Sign you in", "profile",
			"View your basic profile (name and user name)", "email", "View your email address", "offline_access",
			"Maintain access to data you have given it access to");

	static final Map<String, String> POWER_BI = ordered("Dataset.ReadWrite.All", "Read and write all datasets",
			"Dataset.Read.All", "View all datasets", "Workspace.Read.All", "View all workspaces",
			"Workspace.ReadWrite.All", "Read and write all workspaces", "Content.Create", "Create content",
			"Report.ReadWrite.All", "Read and write all reports", "Report.Read.All", "View all reports",
			"Dashboard.Read.All", "View all dashboards");

	/**
	 * Microsoft Graph's delegated permissions that SharePoint sources use: Microsoft's
	 * display name of Sites.Read.All (Microsoft Graph permissions reference), then where
	 * it applies.
	 */
	static final Map<String, String> GRAPH = ordered("Sites.Read.All",
			"Read items in all site collections (SharePoint, through Microsoft Graph)");

	/**
	 * The delegated permissions configured on the sandbox's app registration: what
	 * {@code {resource}/.default} stands for in a user's sign-in.
	 */
	static final List<String> REGISTERED = List.of("Dataset.ReadWrite.All", "Workspace.Read.All", "Content.Create",
			"Report.ReadWrite.All");

	/** What {@code {graph}/.default} stands for: the registration's Graph permission. */
	static final List<String> REGISTERED_GRAPH = List.of("Sites.Read.All");

	/** The application permission an app-only (client credentials) token carries. */
	static final String APP_ROLE = "Tenant.ReadWrite.All";

	private Permissions() {
	}

	static String describe(String scope) {
		return OPENID.getOrDefault(scope, POWER_BI.getOrDefault(scope, GRAPH.getOrDefault(scope, scope)));
	}

	private static Map<String, String> ordered(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
