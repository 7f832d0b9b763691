package com.pushstudio.account;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.pushstudio.sandbox.SandboxSigningKey;
import com.pushstudio.sandbox.identity.SandboxRefreshTokens;
import com.pushstudio.support.SignInClient;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;

import static com.pushstudio.support.SignInClient.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The SharePoint consent over real HTTP against the sandbox identity provider: a
 * signed-in user allows Push Studio to read SharePoint sites, and from then on the app
 * holds Graph tokens for that user beside the Power BI ones.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SharePointConsentIntegrationTests {

	private static final String GRAPH = "https://graph.microsoft.com";

	private static final String POWER_BI = "https://analysis.windows.net/powerbi/api";

	private static final Pattern OBJECT_ID = Pattern.compile("data-testid=\"object-id\">([^<]+)<");

	@LocalServerPort
	int port;

	@Autowired
	GraphTokens graphTokens;

	@Autowired
	OAuth2AuthorizedClientService authorizedClients;

	@Autowired
	SandboxRefreshTokens sandboxRefreshTokens;

	@Autowired
	SandboxSigningKey signingKey;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSignedInUserAllowsSharePointAndGetsGraphTokensThatRefresh() throws Exception {
		SignInClient browser = new SignInClient(this.port);
		String principal = signIn(browser, "ada@contoso.example");
		assertThat(this.graphTokens.hasConsent(principal)).isFalse();
		assertThatExceptionOfType(SharePointConsentRequiredException.class)
			.isThrownBy(() -> this.graphTokens.accessToken(principal))
			.withMessage("Allow Push Studio to read SharePoint sites first.");

		HttpResponse<String> start = browser.get(GraphTokens.CONSENT_START + "?continue=/datasets");
		URI authorize = URI.create(location(start));
		Map<String, String> query = query(authorize);
		assertThat(query.get("scope").split(" ")).containsExactlyInAnyOrder("offline_access",
				GRAPH + "/Sites.Read.All");
		assertThat(query).containsEntry("code_challenge_method", "S256")
			.containsEntry("redirect_uri", "http://localhost:" + this.port + "/connect/sharepoint/authorized");
		HttpResponse<String> consentPage = browser.get(authorize.toString());
		assertThat(consentPage.body()).contains("Read items in all site collections")
			.doesNotContain("Read and write all datasets");

		HttpResponse<String> reply = browser.answerConsentPage(consentPage, "ada@contoso.example", "accept");
		assertThat(location(reply))
			.startsWith("http://localhost:" + this.port + "/connect/sharepoint/authorized?code=");
		HttpResponse<String> redeemed = browser.get(location(reply));
		HttpResponse<String> landed = browser.get(location(redeemed));
		assertThat(location(landed)).as("back on the page that asked").endsWith("/datasets");

		assertThat(this.graphTokens.hasConsent(principal)).isTrue();
		String token = this.graphTokens.accessToken(principal);
		assertGraphToken(token);
		String refreshed = this.graphTokens.refreshedAccessToken(principal);
		assertThat(refreshed).isNotEqualTo(token);
		assertGraphToken(refreshed);

		OAuth2AuthorizedClient signIn = this.authorizedClients.loadAuthorizedClient("azure", principal);
		assertThat(claims(signIn.getAccessToken().getTokenValue()).getAudience()).as("sign-in's token is kept")
			.containsExactly(POWER_BI);
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select * from authorized_client where registration_id = 'graph' and principal_name = ?", principal);
		assertThat(rows).hasSize(1);
		OAuth2AuthorizedClient graph = this.authorizedClients.loadAuthorizedClient("graph", principal);
		assertThat(rows.toString()).as("encrypted at rest")
			.doesNotContain(graph.getAccessToken().getTokenValue())
			.doesNotContain(graph.getRefreshToken().getTokenValue());
	}

	@Test
	void aRefusedRefreshMeansConsentAgainAndDisconnectForgetsTheGraphTokens() {
		SignInClient browser = new SignInClient(this.port);
		String principal = signIn(browser, "grace@contoso.example");
		allowSharePoint(browser, "grace@contoso.example");
		assertThat(this.graphTokens.hasConsent(principal)).isTrue();

		assertThat(browser.get("/connection").body()).contains("may read the lists of SharePoint sites")
			.doesNotContain("Allow access to SharePoint");

		this.sandboxRefreshTokens.revokeRefreshTokensOf("grace@contoso.example");
		assertThatExceptionOfType(SharePointConsentRequiredException.class)
			.isThrownBy(() -> this.graphTokens.refreshedAccessToken(principal));
		assertThat(this.graphTokens.hasConsent(principal)).isFalse();
		assertThat(browser.get("/connection").body()).contains("no longer accepts the stored SharePoint permission",
				"Allow access to SharePoint", "/oauth2/authorization/graph?continue=/connection");

		allowSharePoint(browser, "grace@contoso.example");
		assertThat(this.graphTokens.hasConsent(principal)).isTrue();
		Map<String, String> form = SignInClient.hiddenFields(browser.get("/connection/disconnect").body());
		assertThat(location(browser.postForm("/connection/disconnect", form))).endsWith("/?disconnected");
		assertThat(this.authorizedClients.<OAuth2AuthorizedClient>loadAuthorizedClient("graph", principal)).isNull();
		assertThat(this.graphTokens.hasConsent(principal)).isFalse();
	}

	@Test
	void decliningStoresNothingAndLandsBackWhereTheUserWas() {
		SignInClient browser = new SignInClient(this.port);
		String principal = signIn(browser, "mfa@contoso.example");
		assertThat(browser.get("/connection").body()).contains("may not read SharePoint sites yet",
				"Allow access to SharePoint");
		HttpResponse<String> consentPage = browser
			.follow(browser.get(GraphTokens.CONSENT_START + "?continue=/datasets"));
		HttpResponse<String> reply = browser.answerConsentPage(consentPage, "mfa@contoso.example", "cancel");
		assertThat(location(reply)).contains("/connect/sharepoint/authorized?error=access_denied");
		HttpResponse<String> passed = browser.get(location(reply));
		assertThat(location(browser.get(location(passed)))).endsWith("/datasets");
		assertThat(this.graphTokens.hasConsent(principal)).isFalse();
	}

	@Test
	void onlyAPathOfThisAppIsAPlaceToReturnTo() {
		SignInClient browser = new SignInClient(this.port);
		signIn(browser, "ada@contoso.example");
		for (String target : List.of("https://attacker.example/", "//attacker.example/x", "/\\attacker.example")) {
			HttpResponse<String> consentPage = browser
				.follow(browser.get(GraphTokens.CONSENT_START + "?continue=" + encode(target)));
			HttpResponse<String> reply = browser.answerConsentPage(consentPage, "ada@contoso.example", "accept");
			HttpResponse<String> redeemed = browser.get(location(reply));
			assertThat(location(browser.get(location(redeemed)))).as(target)
				.isEqualTo("http://localhost:" + this.port + "/");
		}
	}

	@Test
	void withoutAContinueParameterTheUserReturnsToThePageWithTheLink() {
		SignInClient browser = new SignInClient(this.port);
		signIn(browser, "ada@contoso.example");
		String page = "http://localhost:" + this.port + "/datasets?workspace=me";
		HttpResponse<String> start = browser.get(GraphTokens.CONSENT_START, Map.of("Referer", page));
		HttpResponse<String> reply = browser.answerConsentPage(browser.follow(start), "ada@contoso.example", "accept");
		HttpResponse<String> redeemed = browser.get(location(reply));
		assertThat(location(browser.get(location(redeemed)))).endsWith("/datasets?workspace=me");

		start = browser.get(GraphTokens.CONSENT_START, Map.of("Referer", "https://attacker.example/datasets"));
		reply = browser.answerConsentPage(browser.follow(start), "ada@contoso.example", "accept");
		redeemed = browser.get(location(reply));
		assertThat(location(browser.get(location(redeemed)))).isEqualTo("http://localhost:" + this.port + "/");
	}

	@Test
	void theConsentStartsOnlyForASignedInUser() {
		SignInClient browser = new SignInClient(this.port);
		HttpResponse<String> start = browser.get(GraphTokens.CONSENT_START);
		assertThat(start.statusCode()).isEqualTo(302);
		assertThat(location(start)).doesNotContain("/oauth2/v2.0/authorize").endsWith(":" + this.port + "/");
	}

	private void allowSharePoint(SignInClient browser, String username) {
		HttpResponse<String> consentPage = browser.follow(browser.get(GraphTokens.CONSENT_START));
		HttpResponse<String> reply = browser.answerConsentPage(consentPage, username, "accept");
		browser.follow(reply);
	}

	private void assertGraphToken(String token) throws Exception {
		JWTClaimsSet claims = claims(token);
		assertThat(claims.getAudience()).containsExactly(GRAPH);
		assertThat(claims.getStringClaim("scp")).isEqualTo("Sites.Read.All");
		assertThat(claims.getStringClaim("ver")).isEqualTo("1.0");
	}

	private JWTClaimsSet claims(String token) {
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			assertThat(jwt.verify(new RSASSAVerifier(this.signingKey.privateKey().toRSAPublicKey()))).isTrue();
			return jwt.getJWTClaimsSet();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	private static String signIn(SignInClient browser, String username) {
		browser.signIn(username);
		Matcher objectId = OBJECT_ID.matcher(browser.get("/connection").body());
		assertThat(objectId.find()).as("the Connection page shows the object id").isTrue();
		return objectId.group(1);
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static Map<String, String> query(URI uri) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : uri.getRawQuery().split("&")) {
			int equals = pair.indexOf('=');
			parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
					URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
		}
		return parameters;
	}

}
