package com.pushstudio.account;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class TenantIssuerValidatorTests {

	private static final String CONTOSO = "11111111-2222-4333-8444-555555555555";

	private static final String FABRIKAM = "99999999-8888-4777-8666-555555555555";

	@Test
	void multiTenantSignInAcceptsTheIssuerOfTheTokensOwnTenant() {
		var validator = validatorFor("organizations");
		assertThat(validator.validate(idToken("https://login.microsoftonline.com/" + CONTOSO + "/v2.0", CONTOSO))
			.hasErrors()).isFalse();
		assertThat(validator.validate(idToken("https://login.microsoftonline.com/" + FABRIKAM + "/v2.0", FABRIKAM))
			.hasErrors()).isFalse();
	}

	@Test
	void anIssuerNamingAnotherTenantThanTheTidIsRefused() {
		var validator = validatorFor("organizations");
		assertThat(validator.validate(idToken("https://login.microsoftonline.com/" + FABRIKAM + "/v2.0", CONTOSO))
			.hasErrors()).isTrue();
	}

	@Test
	void anIssuerFromAnotherAuthorityIsRefused() {
		var validator = validatorFor("organizations");
		assertThat(validator.validate(idToken("https://evil.example/" + CONTOSO + "/v2.0", CONTOSO)).hasErrors())
			.isTrue();
	}

	@Test
	void aTokenWithoutTenantIsRefused() {
		var validator = validatorFor("organizations");
		assertThat(
				validator.validate(idToken("https://login.microsoftonline.com/" + CONTOSO + "/v2.0", null)).hasErrors())
			.isTrue();
	}

	@Test
	void aConfiguredTenantIdAcceptsOnlyThatTenant() {
		var validator = validatorFor(CONTOSO);
		assertThat(validator.validate(idToken("https://login.microsoftonline.com/" + CONTOSO + "/v2.0", CONTOSO))
			.hasErrors()).isFalse();
		assertThat(validator.validate(idToken("https://login.microsoftonline.com/" + FABRIKAM + "/v2.0", FABRIKAM))
			.hasErrors()).isTrue();
	}

	static CloudEndpoints endpoints(String tenant, String clientId) {
		return new CloudEndpoints(new AzureProperties(tenant, clientId, "secret", "https://login.microsoftonline.com/"),
				new PowerBiProperties("https://api.powerbi.com", "https://analysis.windows.net/powerbi/api"),
				new GraphProperties("https://graph.microsoft.com/", "https://graph.microsoft.com"),
				new SandboxClientProperties("sandbox-client", "sandbox-secret", null),
				new MockEnvironment().withProperty("local.server.port", "8123"));
	}

	private static TenantIssuerValidator validatorFor(String tenant) {
		return new TenantIssuerValidator(endpoints(tenant, "client-id"));
	}

	private static Jwt idToken(String issuer, String tenantId) {
		Jwt.Builder builder = Jwt.withTokenValue("id-token")
			.header("alg", "RS256")
			.issuer(issuer)
			.subject("subject")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(3600));
		if (tenantId != null) {
			builder.claim("tid", tenantId);
		}
		return builder.build();
	}

}
