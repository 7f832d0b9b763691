package com.pushstudio.sandbox.identity;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application signs in against the sandbox as against Azure AD (its own client
 * registration, PKCE, id token checks), and tenant-wide consent opens an organization
 * that requires it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SandboxSignInTests {

	@LocalServerPort
	int port;

	@Autowired
	TenantConsents consents;

	SandboxBrowser browser;

	@BeforeEach
	void newBrowser() {
		this.browser = new SandboxBrowser(this.port);
		this.consents.reset();
	}

	@Test
	void theApplicationSignsInThroughTheSandboxConsentPage() {
		HttpResponse<String> start = this.browser.get("/oauth2/authorization/azure");
		assertThat(start.statusCode()).isEqualTo(302);
		String authorize = start.headers().firstValue("Location").orElseThrow();
		assertThat(authorize)
			.startsWith("http://localhost:" + this.port + "/sandbox/organizations/oauth2/v2.0/authorize?")
			.contains("code_challenge_method=S256");

		HttpResponse<String> page = this.browser.get(authorize.substring(authorize.indexOf("/sandbox/")));
		assertThat(page.statusCode()).isEqualTo(200);
		HttpResponse<String> back = this.browser.submit(page, "ada@contoso.example", "accept");
		String callback = back.headers().firstValue("Location").orElseThrow();
		assertThat(callback).startsWith("http://localhost:" + this.port + "/login/oauth2/code/azure?code=");

		HttpResponse<String> signedIn = this.browser.get(callback.substring(callback.indexOf("/login/")));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		// Home, not the sign-in problem page: the app accepted the code and the id token.
		assertThat(signedIn.headers().firstValue("Location")).hasValue("http://localhost:" + this.port + "/");
	}

	@Test
	void afterAdminConsentTheOrganizationsUsersCanSignIn() throws Exception {
		String reply = "http://localhost:" + this.port + "/signin/admin-consent";
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("client_id", SandboxBrowser.CLIENT_ID);
		parameters.put("scope", SandboxBrowser.RESOURCE + "/.default");
		parameters.put("redirect_uri", reply);
		parameters.put("state", "admin-state");
		HttpResponse<String> page = this.browser
			.get("/sandbox/organizations/v2.0/adminconsent?" + SandboxBrowser.encode(parameters));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Frank Fabrikam", "on behalf of your organization");

		HttpResponse<String> granted = this.browser.submit(page, "frank@fabrikam.example", "accept");
		assertThat(SandboxBrowser.query(granted)).containsEntry("admin_consent", "True")
			.containsEntry("tenant", DemoDirectory.FABRIKAM)
			.containsEntry("state", "admin-state");

		String verifier = SandboxBrowser.newVerifier();
		HttpResponse<String> consentPage = this.browser.openConsentPage("fabrikam.example",
				SandboxBrowser.authorizeParameters(this.browser.redirectUri(), SandboxBrowser.challenge(verifier)));
		assertThat(SandboxBrowser.query(this.browser.submit(consentPage, "frank@fabrikam.example", "accept")))
			.containsKey("code")
			.doesNotContainKey("error");
	}

	@Test
	void adminConsentIsNotOfferedForCommon() {
		HttpResponse<String> page = this.browser.get("/sandbox/common/v2.0/adminconsent?client_id="
				+ SandboxBrowser.CLIENT_ID + "&redirect_uri=http://localhost:" + this.port + "/signin/admin-consent");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.headers().firstValue("Location")).isEmpty();
	}

}
