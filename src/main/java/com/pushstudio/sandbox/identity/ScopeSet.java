package com.pushstudio.sandbox.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scopes as Azure AD reads a v2.0 {@code scope} parameter: OpenID Connect scopes plus
 * permissions of one resource, written {@code {resource}/{permission}}; a bare permission
 * is Microsoft Graph's (v2-permissions-and-consent: "If the resource identifier is
 * omitted in the scope parameter, the resource is assumed to be Microsoft Graph").
 *
 * @param openId the OpenID Connect scopes asked for ({@code openid},
 * {@code offline_access} ...)
 * @param resource the resource the permissions belong to, or null when only OpenID
 * Connect scopes were asked for
 * @param permissions the resource's permissions by short name, as the {@code scp} claim
 * lists them
 * @param dotDefault whether {@code {resource}/.default} was asked for
 */
record ScopeSet(Set<String> openId, String resource, Set<String> permissions, boolean dotDefault) {

	static ScopeSet parse(String scope, Resources resources) {
		Set<String> openId = new LinkedHashSet<>();
		Map<String, Set<String>> byResource = new LinkedHashMap<>();
		Set<String> dotDefaults = new LinkedHashSet<>();
		for (String item : scope.trim().split("\\s+")) {
			if (item.isEmpty()) {
				continue;
			}
			if (Permissions.OPENID.containsKey(item)) {
				openId.add(item);
				continue;
			}
			String resource = resourceOf(item, resources);
			String permission = item.contains("/") ? item.substring(resource.length() + 1) : item;
			if (permission.equalsIgnoreCase(".default")) {
				dotDefaults.add(resource);
			}
			byResource.computeIfAbsent(resource, (key) -> new LinkedHashSet<>()).add(permission);
		}
		if (byResource.size() > 1) {
			throw AadException.invalidRequest(28000, "Provided value for the input parameter scope is not valid "
					+ "because it contains more than one resource. Scope " + scope + " is not valid.");
		}
		if (byResource.isEmpty()) {
			return new ScopeSet(Set.copyOf(openId), null, Set.of(), false);
		}
		String resource = byResource.keySet().iterator().next();
		if (!resources.all().contains(resource)) {
			throw AadException.badRequest("invalid_scope", 70011, "The provided value for the input parameter 'scope' "
					+ "is not valid. The sandbox knows no resource " + resource + ".");
		}
		Set<String> permissions = new LinkedHashSet<>();
		for (String permission : byResource.get(resource)) {
			if (!permission.equalsIgnoreCase(".default")) {
				permissions.add(canonical(permission, resources.permissionsOf(resource)));
			}
		}
		return new ScopeSet(Set.copyOf(openId), resource, permissions, !dotDefaults.isEmpty());
	}

	/** The known resource the scope is written under, else what precedes its last '/'. */
	private static String resourceOf(String item, Resources resources) {
		if (!item.contains("/")) {
			return resources.graph();
		}
		for (String resource : resources.all()) {
			if (item.regionMatches(true, 0, resource + "/", 0, resource.length() + 1)) {
				return resource;
			}
		}
		return item.substring(0, item.lastIndexOf('/'));
	}

	private static String canonical(String permission, Map<String, String> known) {
		return known.keySet()
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
	ScopeSet delegated(Resources resources) {
		if (!this.dotDefault) {
			return this;
		}
		Set<String> all = new LinkedHashSet<>(this.permissions);
		all.addAll(resources.registeredOf(this.resource));
		return new ScopeSet(this.openId, this.resource, all, false);
	}

	boolean has(String openIdScope) {
		return this.openId.contains(openIdScope);
	}

	/** The space-separated short names for the {@code scp} claim. */
	String scp() {
		return String.join(" ", this.permissions);
	}

	/** Fully qualified, as the token response's {@code scope} and the stores keep it. */
	String value() {
		Stream<String> resourceScopes = (this.resource == null) ? Stream.empty()
				: this.dotDefault ? Stream.of(this.resource + "/.default")
						: this.permissions.stream().map((name) -> this.resource + "/" + name);
		List<String> all = new ArrayList<>(resourceScopes.toList());
		Permissions.OPENID.keySet().stream().filter(this.openId::contains).forEach(all::add);
		return String.join(" ", all);
	}

}
