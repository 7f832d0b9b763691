package com.pushstudio.sandbox.identity;

import java.net.http.HttpResponse;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.pushstudio.sandbox.identity.SandboxConsentFlowTests.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Configured lifetimes decide expiry: codes and refresh tokens that expire at once, and
 * access tokens of five minutes. No waiting involved.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "push-studio.sandbox.access-token-lifetime=5m", "push-studio.sandbox.code-lifetime=0s",
				"push-studio.sandbox.refresh-token-lifetime=0s" })
class SandboxLifetimeTests {

	@LocalServerPort
	int port;

	@Test
	void theAccessTokenLivesAsConfigured() throws Exception {
		Map<String, Object> tokens = SandboxBrowser.json(password());
		assertThat(((Number) tokens.get("expires_in")).longValue()).isEqualTo(300);
		JWTClaimsSet claims = SignedJWT.parse((String) tokens.get("access_token")).getJWTClaimsSet();
		assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(300_000);
	}

	@Test
	void anExpiredRefreshTokenIsRefused() {
		String refreshToken = (String) SandboxBrowser.json(password()).get("refresh_token");
		assertError(
				new SandboxBrowser(this.port).tokenResponse("organizations",
						Map.of("grant_type", "refresh_token", "refresh_token", refreshToken)),
				400, "invalid_grant", 700082);
	}

	@Test
	void anExpiredCodeIsRefused() throws Exception {
		SandboxBrowser browser = new SandboxBrowser(this.port);
		String verifier = SandboxBrowser.newVerifier();
		HttpResponse<String> page = browser.openConsentPage("organizations",
				SandboxBrowser.authorizeParameters(browser.redirectUri(), SandboxBrowser.challenge(verifier)));
		String code = SandboxBrowser.query(browser.submit(page, "ada@contoso.example", "accept")).get("code");
		assertError(
				browser.tokenResponse("organizations", Map.of("grant_type", "authorization_code", "code", code,
						"redirect_uri", browser.redirectUri(), "code_verifier", verifier)),
				400, "invalid_grant", 70008);
	}

	private HttpResponse<String> password() {
		return new SandboxBrowser(this.port).tokenResponse("contoso.example", Map.of("grant_type", "password",
				"username", "grace@contoso.example", "password", "sandbox-demo", "scope", SandboxBrowser.SCOPES));
	}

}
