package com.pushstudio.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The endpoints of the cloud this run talks to. In sandbox mode they point at this
 * server's own {@code /sandbox/}, whose port is known only once the web server has
 * started, so every value is worked out when asked for.
 */
@Component
public class CloudEndpoints {

	static final List<String> POWER_BI_SCOPES = List.of("Dataset.ReadWrite.All", "Workspace.Read.All", "Content.Create",
			"Report.ReadWrite.All");

	private final AzureProperties azure;

	private final PowerBiProperties powerBi;

	private final GraphProperties graph;

	private final SandboxClientProperties sandbox;

	private final Environment environment;

	CloudEndpoints(AzureProperties azure, PowerBiProperties powerBi, GraphProperties graph,
			SandboxClientProperties sandbox, Environment environment) {
		this.azure = azure;
		this.powerBi = powerBi;
		this.graph = graph;
		this.sandbox = sandbox;
		this.environment = environment;
	}

	public RunMode mode() {
		return RunMode.of(this.azure.clientId());
	}

	public String authorityHost() {
		return (mode() == RunMode.SANDBOX) ? sandboxBaseUrl() + "/sandbox" : trimSlash(this.azure.authorityHost());
	}

	public String tenant() {
		return this.azure.tenantId();
	}

	public String clientId() {
		return (mode() == RunMode.SANDBOX) ? this.sandbox.clientId() : this.azure.clientId();
	}

	String clientSecret() {
		return (mode() == RunMode.SANDBOX) ? this.sandbox.clientSecret() : this.azure.clientSecret();
	}

	public String authorizationUri() {
		return authorityHost() + "/" + tenant() + "/oauth2/v2.0/authorize";
	}

	public String tokenUri() {
		return authorityHost() + "/" + tenant() + "/oauth2/v2.0/token";
	}

	public String jwkSetUri() {
		return authorityHost() + "/" + tenant() + "/discovery/v2.0/keys";
	}

	/** The issuer Azure AD writes into an id token of a user of the given tenant. */
	public String issuerOf(String tenantId) {
		return authorityHost() + "/" + tenantId + "/v2.0";
	}

	/**
	 * The link an administrator follows to consent for the whole tenant (no 'common':
	 * Azure refuses it).
	 */
	public String adminConsentUri(String redirectUri) {
		String tenant = "common".equals(tenant()) ? "organizations" : tenant();
		return authorityHost() + "/" + tenant + "/v2.0/adminconsent?client_id=" + encode(clientId()) + "&scope="
				+ encode(powerBiResource() + "/.default") + "&redirect_uri=" + encode(redirectUri);
	}

	public String powerBiApiUrl() {
		return (mode() == RunMode.SANDBOX) ? sandboxBaseUrl() + "/sandbox/powerbi" : trimSlash(this.powerBi.apiUrl());
	}

	public String powerBiResource() {
		return trimSlash(this.powerBi.resource());
	}

	/**
	 * What sign-in asks for: OpenID Connect, a refresh token, and the Power BI
	 * permissions the features use.
	 */
	public List<String> scopes() {
		String resource = powerBiResource();
		return java.util.stream.Stream
			.concat(java.util.stream.Stream.of("openid", "profile", "offline_access"),
					POWER_BI_SCOPES.stream().map((scope) -> resource + "/" + scope))
			.toList();
	}

	/** Microsoft Graph's base; calls go to {@code {graphApiUrl}/v1.0/...}. */
	public String graphApiUrl() {
		return (mode() == RunMode.SANDBOX) ? sandboxBaseUrl() + "/sandbox/graph" : trimSlash(this.graph.apiUrl());
	}

	public String graphResource() {
		return trimSlash(this.graph.resource());
	}

	/**
	 * What the SharePoint consent asks for, on top of sign-in: reading sites' lists, and
	 * a refresh token so that scheduled syncs run after the user has left.
	 */
	public List<String> graphScopes() {
		return List.of("offline_access", graphResource() + "/Sites.Read.All");
	}

	private String sandboxBaseUrl() {
		if (StringUtils.hasText(this.sandbox.baseUrl())) {
			return trimSlash(this.sandbox.baseUrl());
		}
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		return "http://localhost:" + port;
	}

	private static String trimSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
