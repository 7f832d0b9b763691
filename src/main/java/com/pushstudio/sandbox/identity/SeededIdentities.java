package com.pushstudio.sandbox.identity;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.stereotype.Component;

/**
 * What the standalone emulator lists in its start-up line: the seeded tenants, both app
 * registrations and the users with their password. All of it is sandbox-only, none of it
 * a secret.
 */
@Component
public class SeededIdentities {

	private final DemoDirectory directory;

	private final SandboxClient client;

	private final SandboxProperties properties;

	SeededIdentities(DemoDirectory directory, SandboxClient client, SandboxProperties properties) {
		this.directory = directory;
		this.client = client;
		this.properties = properties;
	}

	public List<Tenant> tenants() {
		return this.directory.tenants().stream().map((tenant) -> new Tenant(tenant.id(), tenant.domain())).toList();
	}

	public List<Client> clients() {
		return List.of(
				new Client(this.client.confidentialClientId(), this.client.confidentialClientSecret(), "confidential"),
				new Client(this.client.publicClientId(), null, "public"));
	}

	public List<User> users() {
		return this.directory.tenants()
			.stream()
			.flatMap((tenant) -> tenant.users().stream())
			.map((user) -> new User(user.username(), this.properties.demoPassword()))
			.toList();
	}

	public record Tenant(String id, String domain) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Client(String clientId, String clientSecret, String type) {
	}

	public record User(String username, String password) {
	}

}
