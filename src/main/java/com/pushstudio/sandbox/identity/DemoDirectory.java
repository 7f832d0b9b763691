package com.pushstudio.sandbox.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The sandbox's tenants and users, from {@link DirectoryProperties}.
 */
@Component
class DemoDirectory {

	static final String CONTOSO = DirectoryProperties.CONTOSO;

	static final String FABRIKAM = DirectoryProperties.FABRIKAM;

	private static final List<String> MULTI_TENANT = List.of("organizations", "common");

	private final List<DemoTenant> tenants;

	DemoDirectory(DirectoryProperties properties) {
		this.tenants = properties.tenants();
	}

	List<DemoTenant> tenants() {
		return this.tenants;
	}

	static boolean isMultiTenant(String segment) {
		return MULTI_TENANT.contains(segment.toLowerCase());
	}

	/**
	 * The tenants a path segment admits: all for {@code organizations}/{@code common},
	 * else the one with that id or domain; none if unknown (AADSTS90002).
	 */
	List<DemoTenant> tenantsFor(String segment) {
		if (isMultiTenant(segment)) {
			return this.tenants;
		}
		return this.tenants.stream().filter((tenant) -> tenant.matches(segment)).toList();
	}

	Optional<DemoTenant> tenantOf(DemoUser user) {
		return this.tenants.stream().filter((tenant) -> tenant.users().contains(user)).findFirst();
	}

	Optional<DemoUser> user(String usernameOrObjectId) {
		return this.tenants.stream()
			.flatMap((tenant) -> tenant.users().stream())
			.filter((user) -> user.username().equalsIgnoreCase(usernameOrObjectId)
					|| user.objectId().equalsIgnoreCase(usernameOrObjectId))
			.findFirst();
	}

}
