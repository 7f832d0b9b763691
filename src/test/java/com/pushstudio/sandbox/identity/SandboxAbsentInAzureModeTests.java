package com.pushstudio.sandbox.identity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an Azure client id the sandbox is off: none of its endpoints answer and its tables
 * are never made. Nothing calls Azure at start-up, so this runs offline.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "azure.client-id=11111111-2222-3333-4444-555555555555", "azure.client-secret=not-used",
				"push-studio.token-encryption-key=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" })
class SandboxAbsentInAzureModeTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	DataSource dataSource;

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
	void theDatabaseHoldsNoSandboxTable() throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				ResultSet tables = connection.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
			List<String> names = new ArrayList<>();
			while (tables.next()) {
				names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
			}
			assertThat(names).contains("authorized_client").noneMatch((name) -> name.startsWith("sandbox_"));
		}
	}

	@Test
	void noSandboxIdentityBeanExists() {
		assertThat(this.context.getBeanNamesForType(TokenController.class)).isEmpty();
		assertThat(this.context.getBeanNamesForType(SandboxRefreshTokens.class)).isEmpty();
	}

}
