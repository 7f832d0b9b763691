package com.pushstudio.sandbox.identity;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an Azure client id the sandbox is off: none of its endpoints answer. Nothing calls
 * Azure at start-up, so this runs offline.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "azure.client-id=11111111-2222-3333-4444-555555555555", "azure.client-secret=not-used",
				"push-studio.token-encryption-key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" })
class SandboxAbsentInAzureModeTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theSandboxEndpointsAreNotFound() {
		SandboxBrowser client = new SandboxBrowser(this.port);
		assertThat(client.get("/sandbox/organizations/discovery/v2.0/keys").statusCode()).isEqualTo(404);
		assertThat(client.get("/sandbox/organizations/v2.0/.well-known/openid-configuration").statusCode())
			.isEqualTo(404);
		assertThat(client.get("/sandbox/organizations/oauth2/v2.0/authorize?client_id=x").statusCode()).isEqualTo(404);
		assertThat(client.tokenResponse("organizations", Map.of("grant_type", "client_credentials")).statusCode())
			.isEqualTo(404);
	}

	@Test
	void noSandboxIdentityBeanExists() {
		assertThat(this.context.getBeanNamesForType(TokenController.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(SandboxRefreshTokens.class)).isEmpty();
	}

}
