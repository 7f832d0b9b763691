package com.pushstudio.sandbox.identity;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static com.pushstudio.sandbox.identity.SandboxConsentFlowTests.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** The token endpoint's other grants, keys and discovery, as a client sees them. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SandboxTokenEndpointTests {

	static final String POWER_BI = SandboxBrowser.RESOURCE;

	static final String GRAPH = "https://graph.microsoft.com";

	@LocalServerPort
	int port;

	@Autowired
	SandboxRefreshTokens refreshTokens;

	@Autowired
	JdbcTemplate jdbc;

	SandboxBrowser client;

	@BeforeEach
	void newClient() {
		this.client = new SandboxBrowser(this.port);
	}

	@Test
	void eachRefreshGivesANewRefreshTokenAndFreshClaims() {
		Map<String, Object> first = password("grace@contoso.example", SandboxBrowser.SCOPES);
		Map<String, Object> second = refresh((String) first.get("refresh_token"));
		Map<String, Object> third = refresh((String) second.get("refresh_token"));
		assertThat(List.of(first.get("refresh_token"), second.get("refresh_token"), third.get("refresh_token")))
			.doesNotHaveDuplicates()
			.doesNotContainNull();
		Jwt refreshed = verify((String) third.get("access_token"));
		assertThat(refreshed.getClaims()).containsEntry("upn", "grace@contoso.example")
			.containsEntry("scp", "Dataset.ReadWrite.All Workspace.Read.All")
			.containsEntry("tid", DemoDirectory.CONTOSO);
		assertThat(refreshed.getExpiresAt()).isAfter(refreshed.getIssuedAt());
		assertThat(verify((String) third.get("id_token")).getClaims()).doesNotContainKey("nonce");
	}

	@Test
	void aRevokedRefreshTokenIsRefusedAsExpired() {
		String refreshToken = (String) password("ada@contoso.example", SandboxBrowser.SCOPES).get("refresh_token");
		assertThat(this.refreshTokens.revokeRefreshTokensOf("ada@contoso.example")).isPositive();
		assertError(
				this.client.tokenResponse("organizations",
						Map.of("grant_type", "refresh_token", "refresh_token", refreshToken)),
				400, "invalid_grant", 700082);
	}

	@Test
	void aRefreshMayNarrowTheScopesButNotWidenThem() {
		String refreshToken = (String) password("ada@contoso.example", SandboxBrowser.SCOPES).get("refresh_token");
		Map<String, Object> narrowed = this.client.token("organizations", Map.of("grant_type", "refresh_token",
				"refresh_token", refreshToken, "scope", POWER_BI + "/Dataset.ReadWrite.All"));
		assertThat(verify((String) narrowed.get("access_token")).getClaimAsString("scp"))
			.isEqualTo("Dataset.ReadWrite.All");
		assertError(this.client.tokenResponse("organizations", Map.of("grant_type", "refresh_token", "refresh_token",
				refreshToken, "scope", POWER_BI + "/Report.ReadWrite.All")), 400, "invalid_grant", 65001);
	}

	@Test
	void theDatabaseHoldsNoRefreshTokenText() {
		String refreshToken = (String) password("ada@contoso.example", SandboxBrowser.SCOPES).get("refresh_token");
		List<Map<String, Object>> rows = this.jdbc.queryForList("select * from sandbox_refresh_token");
		assertThat(rows).isNotEmpty();
		assertThat(rows.toString()).doesNotContain(refreshToken).doesNotContain(refreshToken.substring(6, 30));
	}

	@Test
	void clientCredentialsGiveAnAppTokenWithRolesAndNoRefreshToken() {
		Map<String, Object> tokens = this.client.token(DemoDirectory.CONTOSO,
				Map.of("grant_type", "client_credentials", "scope", POWER_BI + "/.default"));
		assertThat(tokens).doesNotContainKeys("refresh_token", "id_token");
		Jwt app = verify((String) tokens.get("access_token"));
		assertThat(app.getClaimAsStringList("roles")).isNotEmpty();
		assertThat(app.getClaims()).doesNotContainKeys("scp", "upn")
			.containsEntry("appid", SandboxBrowser.CLIENT_ID)
			.containsEntry("tid", DemoDirectory.CONTOSO);
	}

	@Test
	void clientCredentialsNeedDotDefault() {
		assertError(
				this.client.tokenResponse("contoso.example",
						Map.of("grant_type", "client_credentials", "scope", POWER_BI + "/Dataset.ReadWrite.All")),
				400, "invalid_scope", 1002012);
	}

	@Test
	void thePasswordGrantRefusesUsersWhoNeedMfa() {
		assertError(passwordResponse("mfa@contoso.example", "sandbox-demo", SandboxBrowser.SCOPES), 400,
				"invalid_grant", 50076);
	}

	@Test
	void thePasswordGrantRefusesAWrongPassword() {
		assertError(passwordResponse("ada@contoso.example", "guess", SandboxBrowser.SCOPES), 400, "invalid_grant",
				50126);
	}

	@Test
	void withoutOfflineAccessThereIsNoRefreshTokenAndWithoutOpenidNoIdToken() {
		Map<String, Object> tokens = password("ada@contoso.example", POWER_BI + "/Dataset.ReadWrite.All");
		assertThat(tokens).containsKey("access_token").doesNotContainKeys("refresh_token", "id_token");
	}

	@Test
	void scopesOfTwoResourcesAreRefused() {
		assertError(
				passwordResponse("ada@contoso.example", "sandbox-demo",
						"openid " + POWER_BI + "/Dataset.ReadWrite.All https://graph.microsoft.com/User.Read"),
				400, "invalid_request", 28000);
	}

	@Test
	void graphsSitesReadAllGivesAGraphTokenWhetherQualifiedOrBare() {
		for (String scope : List.of("offline_access " + GRAPH + "/Sites.Read.All", "offline_access sites.read.all")) {
			Map<String, Object> tokens = password("ada@contoso.example", scope);
			assertThat(tokens.get("scope")).as(scope).isEqualTo(GRAPH + "/Sites.Read.All offline_access");
			Jwt graph = verify((String) tokens.get("access_token"));
			assertThat(graph.getAudience()).containsExactly(GRAPH);
			assertThat(graph.getClaims()).containsEntry("scp", "Sites.Read.All").containsEntry("ver", "1.0");
		}
	}

	@Test
	void aGraphRefreshTokenGivesGraphTokensAndNeverPowerBiOnes() {
		String refreshToken = (String) password("ada@contoso.example", "offline_access " + GRAPH + "/Sites.Read.All")
			.get("refresh_token");
		Jwt refreshed = verify((String) refresh(refreshToken).get("access_token"));
		assertThat(refreshed.getAudience()).containsExactly(GRAPH);
		assertThat(refreshed.getClaimAsString("scp")).isEqualTo("Sites.Read.All");
		assertError(this.client.tokenResponse("organizations", Map.of("grant_type", "refresh_token", "refresh_token",
				refreshToken, "scope", POWER_BI + "/Dataset.ReadWrite.All")), 400, "invalid_grant", 65001);
	}

	@Test
	void graphAndPowerBiPermissionsInOneRequestAreRefused() {
		assertError(
				passwordResponse("ada@contoso.example", "sandbox-demo",
						"offline_access Sites.Read.All " + POWER_BI + "/Dataset.ReadWrite.All"),
				400, "invalid_request", 28000);
		assertError(passwordResponse("ada@contoso.example", "sandbox-demo",
				GRAPH + "/Sites.Read.All " + POWER_BI + "/.default"), 400, "invalid_request", 28000);
	}

	@Test
	void aGraphPermissionTheSandboxDoesNotGrantIsRefused() {
		assertError(passwordResponse("ada@contoso.example", "sandbox-demo", GRAPH + "/Sites.ReadWrite.All"), 400,
				"invalid_scope", 70011);
	}

	@Test
	void anUnknownScopeIsRefused() {
		assertError(passwordResponse("ada@contoso.example", "sandbox-demo", "openid " + POWER_BI + "/Dataset.Own"), 400,
				"invalid_scope", 70011);
	}

	@Test
	void anUnsupportedGrantTypeIsRefused() {
		assertError(this.client.tokenResponse("organizations", Map.of("grant_type", "device_code")), 400,
				"unsupported_grant_type", 70003);
	}

	@Test
	void theDiscoveryDocumentOfOrganizationsNamesNoSingleIssuer() {
		HttpResponse<String> response = this.client.get("/sandbox/organizations/v2.0/.well-known/openid-configuration");
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> document = SandboxBrowser.json(response);
		String authority = "http://localhost:" + this.port + "/sandbox";
		assertThat(document).containsEntry("issuer", authority + "/{tenantid}/v2.0")
			.containsEntry("token_endpoint", authority + "/organizations/oauth2/v2.0/token")
			.containsEntry("jwks_uri", authority + "/organizations/discovery/v2.0/keys");
		assertThat(
				SandboxBrowser.json(this.client.get("/sandbox/contoso.example/v2.0/.well-known/openid-configuration")))
			.containsEntry("issuer", authority + "/" + DemoDirectory.CONTOSO + "/v2.0");
	}

	@Test
	void theKeySetHasThePublicKeyOnly() {
		HttpResponse<String> response = this.client.get("/sandbox/common/discovery/v2.0/keys");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"kid\"", "\"n\"", "\"e\"").doesNotContain("\"d\"", "\"p\"");
	}

	private Map<String, Object> password(String username, String scope) {
		HttpResponse<String> response = passwordResponse(username, "sandbox-demo", scope);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return SandboxBrowser.json(response);
	}

	private HttpResponse<String> passwordResponse(String username, String password, String scope) {
		Map<String, String> form = new HashMap<>();
		form.put("grant_type", "password");
		form.put("username", username);
		form.put("password", password);
		form.put("scope", scope);
		return this.client.tokenResponse("organizations", form);
	}

	private Map<String, Object> refresh(String refreshToken) {
		return this.client.token("organizations", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
	}

	private Jwt verify(String token) {
		return NimbusJwtDecoder
			.withJwkSetUri("http://localhost:" + this.port + "/sandbox/organizations/discovery/v2.0/keys")
			.build()
			.decode(token);
	}

}
