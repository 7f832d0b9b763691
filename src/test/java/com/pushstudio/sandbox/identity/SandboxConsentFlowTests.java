package com.pushstudio.sandbox.identity;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in and consent page, driven over HTTP as a browser and the app drive it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SandboxConsentFlowTests {

	@LocalServerPort
	int port;

	@Autowired
	TenantConsents consents;

	SandboxBrowser browser;

	String verifier;

	@BeforeEach
	void newBrowser() throws Exception {
		this.browser = new SandboxBrowser(this.port);
		this.verifier = SandboxBrowser.newVerifier();
		this.consents.reset();
	}

	@Test
	void theConsentPageOffersDemoUsersAndSaysWhatTheAppMayDo() throws Exception {
		HttpResponse<String> page = openPage("organizations", this.browser.redirectUri());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Push Studio sandbox", "not Microsoft", "Ada Lovelace",
				"grace@contoso.example", "mfa@contoso.example", "Read and write all datasets", "View all workspaces",
				">Accept</button>", ">Cancel</button>");
		assertThat(page.body()).containsPattern("<label class=\"form-check-label d-block\" for=\"user-[0-9a-f-]+\">");
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("script-src 'self'", "form-action 'self' http://localhost:"));
	}

	@Test
	void acceptingSendsACodeThatRedeemsWithPkceForVerifiableTokens() throws Exception {
		HttpResponse<String> reply = this.browser.submit(openPage("organizations", this.browser.redirectUri()),
				"ada@contoso.example", "accept");
		assertThat(reply.statusCode()).isEqualTo(302);
		assertThat(reply.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith(this.browser.redirectUri() + "?code="));
		Map<String, String> query = SandboxBrowser.query(reply);
		assertThat(query).containsEntry("state", "state+with&odd=chars");

		Map<String, Object> tokens = redeem(query.get("code"), this.verifier);
		assertThat(tokens).containsEntry("token_type", "Bearer").containsKeys("refresh_token", "ext_expires_in");
		assertThat(((Number) tokens.get("expires_in")).longValue()).isBetween(3590L, 3600L);

		Jwt accessToken = verify((String) tokens.get("access_token"));
		assertThat(accessToken.getAudience()).containsExactly(SandboxBrowser.RESOURCE);
		assertThat(accessToken.getClaimAsString("iss"))
			.isEqualTo("https://sts.windows.net/" + DemoDirectory.CONTOSO + "/");
		assertThat(accessToken.getClaimAsString("scp")).isEqualTo("Dataset.ReadWrite.All Workspace.Read.All");
		assertThat(accessToken.getClaims()).containsEntry("ver", "1.0")
			.containsEntry("tid", DemoDirectory.CONTOSO)
			.containsEntry("upn", "ada@contoso.example")
			.containsEntry("name", "Ada Lovelace")
			.containsEntry("appid", SandboxBrowser.CLIENT_ID)
			.containsKeys("oid", "iat", "nbf", "exp")
			.doesNotContainKey("roles");

		Jwt idToken = verify((String) tokens.get("id_token"));
		assertThat(idToken.getClaimAsString("iss"))
			.isEqualTo("http://localhost:" + this.port + "/sandbox/" + DemoDirectory.CONTOSO + "/v2.0");
		assertThat(idToken.getAudience()).containsExactly(SandboxBrowser.CLIENT_ID);
		assertThat(idToken.getClaims()).containsEntry("nonce", "nonce-123")
			.containsEntry("preferred_username", "ada@contoso.example")
			.containsEntry("oid", accessToken.getClaimAsString("oid"))
			.containsEntry("ver", "2.0")
			.containsKeys("sub", "tid", "name", "iat", "exp");
	}

	@Test
	void cancellingTellsTheAppTheUserDeclined() throws Exception {
		HttpResponse<String> reply = this.browser.submit(openPage("organizations", this.browser.redirectUri()), null,
				"cancel");
		assertThat(reply.statusCode()).isEqualTo(302);
		assertThat(SandboxBrowser.query(reply)).containsEntry("error", "access_denied")
			.containsEntry("state", "state+with&odd=chars")
			.hasEntrySatisfying("error_description", (text) -> assertThat(text).startsWith("AADSTS65004:"));
	}

	@Test
	void aTenantThatNeedsAnAdministratorAnswersConsentRequired() throws Exception {
		HttpResponse<String> reply = this.browser.submit(openPage("fabrikam.example", this.browser.redirectUri()),
				"frank@fabrikam.example", "accept");
		assertThat(SandboxBrowser.query(reply)).containsEntry("error", "consent_required")
			.hasEntrySatisfying("error_description", (text) -> assertThat(text).startsWith("AADSTS65001:"));
	}

	@Test
	void anUnregisteredRedirectUriIsRefusedOnThePageNotRedirected() throws Exception {
		HttpResponse<String> page = openPage("organizations", "http://localhost:" + this.port + "/elsewhere");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.headers().firstValue("Location")).isEmpty();
		assertThat(page.body()).contains("AADSTS50011", "/login/oauth2/code/azure");
	}

	@Test
	void anUnknownClientIsRefusedOnThePage() throws Exception {
		Map<String, String> parameters = SandboxBrowser.authorizeParameters(this.browser.redirectUri(),
				SandboxBrowser.challenge(this.verifier));
		parameters.put("client_id", "00000000-0000-0000-0000-000000000000");
		HttpResponse<String> page = this.browser.openConsentPage("organizations", parameters);
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.headers().firstValue("Location")).isEmpty();
		assertThat(page.body()).contains("AADSTS700016");
	}

	@Test
	void aWrongResponseTypeIsAnsweredAtTheRedirectUri() throws Exception {
		Map<String, String> parameters = SandboxBrowser.authorizeParameters(this.browser.redirectUri(),
				SandboxBrowser.challenge(this.verifier));
		parameters.put("response_type", "token");
		HttpResponse<String> reply = this.browser.openConsentPage("organizations", parameters);
		assertThat(SandboxBrowser.query(reply)).containsEntry("error", "unsupported_response_type");
	}

	@Test
	void theConsentFormNeedsItsCsrfToken() throws Exception {
		Map<String, String> form = SandboxBrowser.authorizeParameters(this.browser.redirectUri(), "x");
		form.put("user", "ada@contoso.example");
		form.put("decision", "accept");
		assertThat(this.browser.post("/sandbox/organizations/oauth2/v2.0/authorize", form).statusCode()).isEqualTo(403);
	}

	@Test
	void aCodeIsRedeemedOnlyOnce() throws Exception {
		String code = consentedCode();
		redeem(code, this.verifier);
		assertError(redeemResponse(code, this.verifier), 400, "invalid_grant", 54005);
	}

	@Test
	void aWrongVerifierIsRefused() throws Exception {
		assertError(redeemResponse(consentedCode(), SandboxBrowser.newVerifier()), 400, "invalid_grant", 501481);
	}

	@Test
	void aWrongSecretInBasicAuthenticationIsUnauthorized() throws Exception {
		String basic = java.util.Base64.getEncoder()
			.encodeToString((SandboxBrowser.CLIENT_ID + ":wrong").getBytes(java.nio.charset.StandardCharsets.UTF_8));
		HttpResponse<String> response = this.browser.post(
				"/sandbox/organizations/oauth2/v2.0/token", Map.of("grant_type", "authorization_code", "code",
						consentedCode(), "redirect_uri", this.browser.redirectUri(), "code_verifier", this.verifier),
				"Authorization", "Basic " + basic);
		assertError(response, 401, "invalid_client", 7000215);
	}

	@Test
	void theRightSecretInBasicAuthenticationWorks() throws Exception {
		String basic = java.util.Base64.getEncoder()
			.encodeToString((SandboxBrowser.CLIENT_ID + ":" + SandboxBrowser.CLIENT_SECRET)
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		HttpResponse<String> response = this.browser.post(
				"/sandbox/organizations/oauth2/v2.0/token", Map.of("grant_type", "authorization_code", "code",
						consentedCode(), "redirect_uri", this.browser.redirectUri(), "code_verifier", this.verifier),
				"Authorization", "Basic " + basic);
		assertThat(response.statusCode()).isEqualTo(200);
	}

	@Test
	void theRedirectUriMustBeTheOneOfTheAuthorizeRequest() throws Exception {
		HttpResponse<String> response = this.browser.tokenResponse("organizations",
				Map.of("grant_type", "authorization_code", "code", consentedCode(), "redirect_uri",
						"http://127.0.0.1:" + this.port + "/login/oauth2/code/azure", "code_verifier", this.verifier));
		assertError(response, 400, "invalid_grant", 500112);
	}

	static void assertError(HttpResponse<String> response, int status, String error, int code) {
		assertThat(response.statusCode()).isEqualTo(status);
		Map<String, Object> body = SandboxBrowser.json(response);
		assertThat(body).containsEntry("error", error)
			.containsEntry("error_codes", java.util.List.of(code))
			.containsKeys("timestamp", "trace_id", "correlation_id", "error_uri");
		assertThat((String) body.get("error_description")).startsWith("AADSTS" + code + ":")
			.contains("\r\nTrace ID: ", "\r\nCorrelation ID: ", "\r\nTimestamp: ");
	}

	private HttpResponse<String> openPage(String tenant, String redirectUri) throws Exception {
		return this.browser.openConsentPage(tenant,
				SandboxBrowser.authorizeParameters(redirectUri, SandboxBrowser.challenge(this.verifier)));
	}

	private String consentedCode() throws Exception {
		return SandboxBrowser
			.query(this.browser.submit(openPage("organizations", this.browser.redirectUri()), "grace@contoso.example",
					"accept"))
			.get("code");
	}

	private Map<String, Object> redeem(String code, String verifier) {
		HttpResponse<String> response = redeemResponse(code, verifier);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return SandboxBrowser.json(response);
	}

	private HttpResponse<String> redeemResponse(String code, String verifier) {
		return this.browser.tokenResponse("organizations", Map.of("grant_type", "authorization_code", "code", code,
				"redirect_uri", this.browser.redirectUri(), "code_verifier", verifier));
	}

	private Jwt verify(String token) {
		return NimbusJwtDecoder
			.withJwkSetUri("http://localhost:" + this.port + "/sandbox/organizations/discovery/v2.0/keys")
			.build()
			.decode(token);
	}

}
