package com.pushstudio.sandbox.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.pushstudio.sandbox.SandboxMode;

/**
 * The sandbox's tenants and users, fixed in code so that ids stay the same across
 * restarts and machines (the app keys stored tokens by object id).
 */
@Component
@SandboxMode
class DemoDirectory {

	static final String CONTOSO = "8d9b2f6e-4c1a-4f3e-9b7d-2a5c0e1f3b64";

	static final String FABRIKAM = "3f6c1d2e-9a8b-4c7d-8e5f-1a2b3c4d5e6f";

	private static final List<DemoTenant> TENANTS = List
		.of(new DemoTenant(CONTOSO, "Contoso (sandbox)", "contoso.example", false, List.of(
				new DemoUser("0a1b2c3d-0000-4000-8000-00000000ada1", "Ada Lovelace", "ada@contoso.example", false),
				new DemoUser("0a1b2c3d-0000-4000-8000-0000000064ac", "Grace Hopper", "grace@contoso.example", false),
				new DemoUser("0a1b2c3d-0000-4000-8000-000000000f2a", "Margaret Hamilton", "mfa@contoso.example",
						true))),
				new DemoTenant(FABRIKAM, "Fabrikam (sandbox, admin consent required)", "fabrikam.example", true,
						List.of(new DemoUser("0f0f0f0f-0000-4000-8000-0000000f4b01", "Frank Fabrikam",
								"frank@fabrikam.example", false))));

	private static final List<String> MULTI_TENANT = List.of("organizations", "common");

	List<DemoTenant> tenants() {
		return TENANTS;
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
			return TENANTS;
		}
		return TENANTS.stream().filter((tenant) -> tenant.matches(segment)).toList();
	}

	Optional<DemoTenant> tenantOf(DemoUser user) {
		return TENANTS.stream().filter((tenant) -> tenant.users().contains(user)).findFirst();
	}

	Optional<DemoUser> user(String usernameOrObjectId) {
		return TENANTS.stream()
			.flatMap((tenant) -> tenant.users().stream())
			.filter((user) -> user.username().equalsIgnoreCase(usernameOrObjectId)
					|| user.objectId().equalsIgnoreCase(usernameOrObjectId))
			.findFirst();
	}

}
