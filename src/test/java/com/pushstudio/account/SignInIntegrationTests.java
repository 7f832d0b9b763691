package com.pushstudio.account;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.pushstudio.powerbi.PowerBiClient;
import com.pushstudio.sandbox.SandboxSigningKey;
import com.pushstudio.sandbox.identity.SandboxRefreshTokens;
import com.pushstudio.support.DatabaseContents;
import com.pushstudio.support.SandboxJwts;
import com.pushstudio.support.SignInClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

import static com.pushstudio.support.SignInClient.isRedirect;
import static com.pushstudio.support.SignInClient.location;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The whole sign-in over real HTTP, as a browser would do it, against the built-in
 * sandbox: the app's consent link, the sandbox's consent page, the reply URL, and what
 * the app then stores and shows.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SignInIntegrationTests {

	private static final String POWER_BI = "https://analysis.windows.net/powerbi/api";

	/** The sandbox's demo tenants, whose ids are fixed. */
	private static final String CONTOSO = "8d9b2f6e-4c1a-4f3e-9b7d-2a5c0e1f3b64";

	private static final String FABRIKAM = "3f6c1d2e-9a8b-4c7d-8e5f-1a2b3c4d5e6f";

	private static final Pattern OBJECT_ID = Pattern.compile("data-testid=\"object-id\">([^<]+)<");

	@LocalServerPort
	int port;

	@Autowired
	OAuth2AuthorizedClientService authorizedClients;

	@Autowired
	ConnectionStates connections;

	@Autowired
	PowerBiTokens tokens;

	@Autowired
	PowerBiClient powerBi;

	@Autowired
	SandboxRefreshTokens sandboxRefreshTokens;

	@Autowired
	SandboxSigningKey signingKey;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void connectingSendsTheUserThroughConsentWithPkceAndLandsConnected() {
		SignInClient browser = new SignInClient(this.port);
		HttpResponse<String> start = browser.get("/oauth2/authorization/azure");
		assertThat(start.statusCode()).isEqualTo(302);
		URI authorize = URI.create(location(start));
		assertThat(authorize.getPath()).isEqualTo("/sandbox/organizations/oauth2/v2.0/authorize");
		Map<String, String> query = query(authorize);
		assertThat(query).containsEntry("response_type", "code")
			.containsEntry("code_challenge_method", "S256")
			.containsKey("code_challenge")
			.containsKey("state");
		assertThat(query.get("scope").split(" ")).contains("openid", "profile", "offline_access",
				POWER_BI + "/Dataset.ReadWrite.All", POWER_BI + "/Workspace.Read.All", POWER_BI + "/Content.Create",
				POWER_BI + "/Report.ReadWrite.All");

		HttpResponse<String> consentPage = browser.get(authorize.toString());
		assertThat(consentPage.body()).contains("Read and write all datasets", "Accept", "Cancel");
		HttpResponse<String> reply = browser.answerConsentPage(consentPage, "ada@contoso.example", "accept");
		assertThat(location(reply)).startsWith("http://localhost:" + this.port + "/login/oauth2/code/azure?code=");

		HttpResponse<String> home = browser.follow(reply);
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Welcome, Ada Lovelace", "Connected");

		HttpResponse<String> connection = browser.get("/connection");
		assertThat(connection.body()).contains(POWER_BI, "Dataset.ReadWrite.All", "Content.Create",
				"ada@contoso.example", "Stored (encrypted)");
		OAuth2AuthorizedClient stored = storedClientOf(principalOf(browser));
		assertThat(connection.body()).doesNotContain(stored.getAccessToken().getTokenValue())
			.doesNotContain(stored.getRefreshToken().getTokenValue());
	}

	@Test
	void pagesAllowOnlyTheAppsOwnScriptsAndTheSessionCookieStaysOutOfScriptsAndOtherSites() {
		SignInClient browser = new SignInClient(this.port);
		HttpResponse<String> home = browser.get("/");
		assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
					.doesNotContain("unsafe-inline"));
		HttpResponse<String> start = browser.get("/oauth2/authorization/azure");
		assertThat(start.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("SESSION=").contains("HttpOnly", "SameSite=Lax"));
	}

	@Test
	void cancellingConsentLandsOnAPageThatSaysWhatHappenedAndWhatToDo() {
		SignInClient browser = new SignInClient(this.port);
		HttpResponse<String> consentPage = browser.follow(browser.get("/oauth2/authorization/azure"));
		HttpResponse<String> reply = browser.answerConsentPage(consentPage, "grace@contoso.example", "cancel");
		assertThat(location(reply)).contains("error=access_denied");

		HttpResponse<String> problem = browser.follow(reply);
		assertThat(problem.statusCode()).isEqualTo(200);
		assertThat(problem.body()).contains("Sign-in did not complete",
				"You did not give Push Studio permission to use Power BI for you.", "access_denied", "Try again");
	}

	@Test
	void aWrongRedirectUriIsRefusedOnTheConsentPageAndNeverRedirected() {
		SignInClient browser = new SignInClient(this.port);
		String authorize = location(browser.get("/oauth2/authorization/azure"));
		String tampered = authorize.replaceAll("redirect_uri=[^&]+", "redirect_uri="
				+ URLEncoder.encode("https://attacker.example/login/oauth2/code/azure", StandardCharsets.UTF_8));
		HttpResponse<String> refused = browser.get(tampered);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Location")).isEmpty();
		assertThat(refused.body()).contains("AADSTS50011");
	}

	@Test
	void aTenantThatRequiresAdminConsentGetsTheAdminConsentLink() {
		SignInClient browser = new SignInClient(this.port);
		HttpResponse<String> consentPage = browser.follow(browser.get("/oauth2/authorization/azure"));
		HttpResponse<String> problem = browser
			.follow(browser.answerConsentPage(consentPage, "frank@fabrikam.example", "accept"));
		assertThat(problem.body()).contains("requires an administrator to approve Push Studio", "AADSTS65001",
				"/v2.0/adminconsent?client_id=");
	}

	/**
	 * The id token names the tenant by id only; the pages name it by the domain of the
	 * person's sign-in, as the sandbox, like Azure AD, gives no tenant name.
	 */
	@Test
	void thePagesNameTheOrganizationByTheDomainOfTheSignIn() {
		SignInClient browser = new SignInClient(this.port);
		signIn(browser, "grace@contoso.example");
		String home = browser.get("/").body();
		assertThat(home).contains("<dt class=\"col-sm-4\">Organization</dt>",
				"data-testid=\"organization\">contoso.example<");
		assertThat(home).doesNotContain(CONTOSO);
		assertThat(browser.get("/connection").body()).contains("data-testid=\"organization\">contoso.example<");
	}

	/**
	 * Azure's admin-consent reply carries the tenant's id and nothing else; the
	 * administrator is usually not signed in to Push Studio.
	 */
	@Test
	void theAdminConsentReplySaysForWhichOrganization() {
		String reply = "/signin/admin-consent?admin_consent=True&scope=openid&state=s1&tenant=";
		SignInClient administrator = new SignInClient(this.port);
		assertThat(administrator.get(reply + FABRIKAM).body()).contains(
				"An administrator has approved Push Studio for the organization with tenant id " + FABRIKAM + ".");

		SignInClient member = new SignInClient(this.port);
		signIn(member, "grace@contoso.example");
		assertThat(member.get(reply + CONTOSO).body())
			.contains("An administrator has approved Push Studio for contoso.example. Everyone there can now connect.");
		assertThat(member.get(reply + "not-a-tenant").body())
			.contains("An administrator has approved Push Studio for the organization.")
			.doesNotContain("not-a-tenant");
		assertThat(member.get("/signin/admin-consent?admin_consent=False&error=access_denied&tenant=" + CONTOSO).body())
			.contains("Consent was not granted.");
	}

	@Test
	void noTokenIsFoundAnywhereInTheDatabaseAfterSignInAndRefresh() {
		String principal = signIn("grace@contoso.example");
		OAuth2AuthorizedClient first = storedClientOf(principal);
		String refreshed = this.tokens.refreshedAccessToken(principal);
		OAuth2AuthorizedClient second = storedClientOf(principal);
		assertThat(refreshed).isNotEqualTo(first.getAccessToken().getTokenValue());
		assertThat(second.getRefreshToken().getTokenValue()).as("the new refresh token is stored")
			.isNotEqualTo(first.getRefreshToken().getTokenValue());

		var everything = DatabaseContents.everyValue(this.jdbc);
		assertThat(everything).as("the scan sees the stored connection").contains(principal);
		for (String secret : new String[] { first.getAccessToken().getTokenValue(),
				first.getRefreshToken().getTokenValue(), second.getAccessToken().getTokenValue(),
				second.getRefreshToken().getTokenValue() }) {
			assertThat(everything).noneMatch((value) -> value.contains(secret));
		}
	}

	@Test
	void whenPowerBiSaysTokenExpiredTheTokenIsRefreshedAndTheCallSucceeds() {
		String principal = signIn("ada@contoso.example");
		OAuth2AuthorizedClient stored = storedClientOf(principal);
		// A token the store believes valid for an hour but Power BI finds expired, as
		// after a clock skew or a
		// revocation on Microsoft's side.
		Instant now = Instant.now();
		String expired = SandboxJwts.accessToken(this.signingKey.privateKey(), POWER_BI, principal,
				SandboxJwts.ALL_SCOPES, now.minusSeconds(7200), now.minusSeconds(3600));
		var stale = new OAuth2AuthorizedClient(
				stored.getClientRegistration(), principal, new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
						expired, now.minusSeconds(60), now.plusSeconds(3600), stored.getAccessToken().getScopes()),
				stored.getRefreshToken());
		this.authorizedClients.saveAuthorizedClient(stale, new TestingAuthenticationToken(principal, null));

		assertThat(this.powerBi.workspaces(principal)).isNotEmpty();
		assertThat(storedClientOf(principal).getAccessToken().getTokenValue()).isNotEqualTo(expired);
	}

	@Test
	void aRevokedRefreshTokenMarksTheConnectionAsNeedingConsentAgain() {
		SignInClient browser = new SignInClient(this.port);
		String principal = signIn(browser, "grace@contoso.example");
		assertThat(this.sandboxRefreshTokens.revokeRefreshTokensOf(principal)).isPositive();

		assertThatExceptionOfType(ConsentRequiredException.class)
			.isThrownBy(() -> this.tokens.refreshedAccessToken(principal));
		assertThat(this.connections.find(principal))
			.hasValueSatisfying((state) -> assertThat(state.needsConsent()).isTrue());
		assertThat(browser.get("/").body()).contains("Needs consent again");
		assertThatExceptionOfType(ConsentRequiredException.class).isThrownBy(() -> this.tokens.accessToken(principal));

		signIn(browser, "grace@contoso.example");
		assertThat(this.connections.find(principal))
			.hasValueSatisfying((state) -> assertThat(state.needsConsent()).isFalse());
	}

	@Test
	void formsRefuseAPostWithoutTheCsrfTokenAndDisconnectDeletesTheTokens() {
		SignInClient browser = new SignInClient(this.port);
		String principal = signIn(browser, "ada@contoso.example");

		assertThat(browser.postForm("/connection/disconnect", Map.of()).statusCode()).isEqualTo(403);
		assertThat(browser.postForm("/logout", Map.of()).statusCode()).isEqualTo(403);
		assertThat(storedClientOf(principal)).isNotNull();

		Map<String, String> form = SignInClient.hiddenFields(browser.get("/connection/disconnect").body());
		assertThat(form).containsKey("_csrf");
		HttpResponse<String> disconnected = browser.postForm("/connection/disconnect", form);
		assertThat(location(disconnected)).endsWith("/?disconnected");
		assertThat(this.authorizedClients.<OAuth2AuthorizedClient>loadAuthorizedClient("azure", principal)).isNull();
		assertThat(browser.get("/connection").statusCode()).as("signed out too").isEqualTo(302);
	}

	@Test
	void theSandboxConsentFormIsProtectedByCsrfToo() {
		SignInClient browser = new SignInClient(this.port);
		HttpResponse<String> consentPage = browser.follow(browser.get("/oauth2/authorization/azure"));
		Map<String, String> fields = SignInClient.hiddenFields(consentPage.body());
		fields.remove("_csrf");
		fields.put("user", "ada@contoso.example");
		fields.put("decision", "accept");
		String authorize = consentPage.uri().toString();
		HttpResponse<String> refused = browser.postForm(authorize.substring(0, authorize.indexOf('?')), fields);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(isRedirect(refused)).isFalse();
	}

	private String signIn(String username) {
		return signIn(new SignInClient(this.port), username);
	}

	private String signIn(SignInClient browser, String username) {
		HttpResponse<String> consentPage = browser.follow(browser.get("/oauth2/authorization/azure"));
		HttpResponse<String> home = browser.follow(browser.answerConsentPage(consentPage, username, "accept"));
		assertThat(home.body()).contains("Connected");
		return principalOf(browser);
	}

	/** The principal name is the user's object id, which the Connection page shows. */
	private static String principalOf(SignInClient browser) {
		Matcher objectId = OBJECT_ID.matcher(browser.get("/connection").body());
		assertThat(objectId.find()).as("the Connection page shows the object id").isTrue();
		return objectId.group(1);
	}

	private OAuth2AuthorizedClient storedClientOf(String principal) {
		return this.authorizedClients.loadAuthorizedClient("azure", principal);
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
