package com.pushstudio.sandbox.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scopes as Azure AD reads a v2.0 {@code scope} parameter: OpenID Connect scopes plus
 * permissions of one resource, written {@code {resource}/{permission}}.
 *
 * @param openId the OpenID Connect scopes asked for ({@code openid},
 * {@code offline_access} ...)
 * @param powerBi Power BI permissions by short name, as the {@code scp} claim lists them
 * @param dotDefault whether {@code {resource}/.default} was asked for
 */
record ScopeSet(Set<String> openId, Set<String> powerBi, boolean dotDefault) {

	static ScopeSet parse(String scope, String resource) {
		Set<String> openId = new LinkedHashSet<>();
		Set<String> powerBi = new LinkedHashSet<>();
		Set<String> otherResources = new LinkedHashSet<>();
		boolean dotDefault = false;
		for (String item : scope.trim().split("\\s+")) {
			if (Permissions.OPENID.containsKey(item)) {
				openId.add(item);
			}
			else if (item.equalsIgnoreCase(resource + "/.default")) {
				dotDefault = true;
			}
			else if (item.regionMatches(true, 0, resource + "/", 0, resource.length() + 1)) {
				powerBi.add(canonical(item.substring(resource.length() + 1)));
			}
			else if (!item.isEmpty()) {
				// A bare permission means Microsoft Graph's, as in Azure AD.
				otherResources.add(item.contains("/") ? item.substring(0, item.lastIndexOf('/')) : "Microsoft Graph");
			}
		}
		if (!otherResources.isEmpty() && (dotDefault || !powerBi.isEmpty())) {
			throw AadException.invalidRequest(28000, "Provided value for the input parameter scope is not valid "
					+ "because it contains more than one resource. Scope " + scope + " is not valid.");
		}
		if (!otherResources.isEmpty()) {
			throw AadException.badRequest("invalid_scope", 70011, "The provided value for the input parameter 'scope' "
					+ "is not valid. The sandbox knows no resource " + otherResources.iterator().next() + ".");
		}
		return new ScopeSet(Set.copyOf(openId), powerBi, dotDefault);
	}

	private static String canonical(String permission) {
		return Permissions.POWER_BI.keySet()
			.stream()
			.filter(permission::equalsIgnoreCase)
			.findFirst()
			.orElseThrow(() -> AadException.badRequest("invalid_scope", 70011,
					"The provided value for the input parameter 'scope' is not valid. The scope " + permission
							+ " does not exist."));
	}

	/**
	 * For a user: {@code .default} means the permissions configured on the registration.
	 */
	ScopeSet delegated() {
		if (!this.dotDefault) {
			return this;
		}
		Set<String> all = new LinkedHashSet<>(this.powerBi);
		all.addAll(Permissions.REGISTERED);
		return new ScopeSet(this.openId, all, false);
	}

	boolean has(String openIdScope) {
		return this.openId.contains(openIdScope);
	}

	/** The space-separated short names for the {@code scp} claim. */
	String scp() {
		return String.join(" ", this.powerBi);
	}

	/** Fully qualified, as the token response's {@code scope} and the stores keep it. */
	String value(String resource) {
		Stream<String> resourceScopes = this.dotDefault ? Stream.of(resource + "/.default")
				: this.powerBi.stream().map((name) -> resource + "/" + name);
		List<String> all = new ArrayList<>(resourceScopes.toList());
		Permissions.OPENID.keySet().stream().filter(this.openId::contains).forEach(all::add);
		return String.join(" ", all);
	}

}
