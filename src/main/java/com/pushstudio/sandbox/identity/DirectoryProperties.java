package com.pushstudio.sandbox.identity;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The seeded tenants and their users
 * ({@code push-studio.sandbox.directory.tenants[0].id}, {@code .domain},
 * {@code .display-name}, {@code .admin-consent-required}, {@code .users[0].object-id},
 * {@code .display-name}, {@code .username}, {@code .mfa-required}). Unset, the sandbox's
 * own Contoso and Fabrikam, with fixed ids so that they stay the same across restarts and
 * machines (the app keys stored tokens by object id).
 */
@ConfigurationProperties("push-studio.sandbox.directory")
record DirectoryProperties(List<DemoTenant> tenants) {

	static final String CONTOSO = "8d9b2f6e-4c1a-4f3e-9b7d-2a5c0e1f3b64";

	static final String FABRIKAM = "3f6c1d2e-9a8b-4c7d-8e5f-1a2b3c4d5e6f";

	static final List<DemoTenant> BUILT_IN = List
		.of(new DemoTenant(CONTOSO, "Contoso (sandbox)", "contoso.example", false, List.of(
				new DemoUser("0a1b2c3d-0000-4000-8000-00000000ada1", "Ada Lovelace", "ada@contoso.example", false),
				new DemoUser("0a1b2c3d-0000-4000-8000-0000000064ac", "Grace Hopper", "grace@contoso.example", false),
				new DemoUser("0a1b2c3d-0000-4000-8000-000000000f2a", "Margaret Hamilton", "mfa@contoso.example",
						true))),
				new DemoTenant(FABRIKAM, "Fabrikam (sandbox, admin consent required)", "fabrikam.example", true,
						List.of(new DemoUser("0f0f0f0f-0000-4000-8000-0000000f4b01", "Frank Fabrikam",
								"frank@fabrikam.example", false))));

	DirectoryProperties {
		tenants = (tenants == null || tenants.isEmpty()) ? BUILT_IN : List.copyOf(tenants);
	}

}
