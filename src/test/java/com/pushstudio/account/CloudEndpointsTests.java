package com.pushstudio.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CloudEndpointsTests {

	@Test
	void withoutAClientIdTheAppTalksToItsOwnSandbox() {
		CloudEndpoints endpoints = TenantIssuerValidatorTests.endpoints("organizations", null);
		assertThat(endpoints.mode()).isEqualTo(RunMode.SANDBOX);
		assertThat(endpoints.authorizationUri())
			.isEqualTo("http://localhost:8123/sandbox/organizations/oauth2/v2.0/authorize");
		assertThat(endpoints.tokenUri()).isEqualTo("http://localhost:8123/sandbox/organizations/oauth2/v2.0/token");
		assertThat(endpoints.powerBiApiUrl()).isEqualTo("http://localhost:8123/sandbox/powerbi");
		assertThat(endpoints.clientId()).isEqualTo("sandbox-client");
	}

	@Test
	void withAClientIdTheAppTalksToTheConfiguredAuthorityAndPowerBi() {
		CloudEndpoints endpoints = TenantIssuerValidatorTests.endpoints("contoso.onmicrosoft.com", "app-id");
		assertThat(endpoints.mode()).isEqualTo(RunMode.AZURE);
		assertThat(endpoints.authorizationUri())
			.isEqualTo("https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize");
		assertThat(endpoints.jwkSetUri())
			.isEqualTo("https://login.microsoftonline.com/contoso.onmicrosoft.com/discovery/v2.0/keys");
		assertThat(endpoints.powerBiApiUrl()).isEqualTo("https://api.powerbi.com");
		assertThat(endpoints.clientSecret()).isEqualTo("secret");
	}

	@Test
	void signInAsksForOpenIdARefreshTokenAndTheQualifiedPowerBiScopes() {
		CloudEndpoints endpoints = TenantIssuerValidatorTests.endpoints("organizations", "app-id");
		assertThat(endpoints.scopes()).containsExactly("openid", "profile", "offline_access",
				"https://analysis.windows.net/powerbi/api/Dataset.ReadWrite.All",
				"https://analysis.windows.net/powerbi/api/Workspace.Read.All",
				"https://analysis.windows.net/powerbi/api/Content.Create",
				"https://analysis.windows.net/powerbi/api/Report.ReadWrite.All");
	}

	@Test
	void graphIsTheSandboxsInSandboxModeAndTheSettingOtherwise() {
		assertThat(TenantIssuerValidatorTests.endpoints("organizations", null).graphApiUrl())
			.isEqualTo("http://localhost:8123/sandbox/graph");
		CloudEndpoints azure = TenantIssuerValidatorTests.endpoints("organizations", "app-id");
		assertThat(azure.graphApiUrl()).as("trailing slash trimmed").isEqualTo("https://graph.microsoft.com");
		assertThat(azure.graphResource()).isEqualTo("https://graph.microsoft.com");
		assertThat(azure.graphScopes()).containsExactly("offline_access", "https://graph.microsoft.com/Sites.Read.All");
	}

	@Test
	void theAdminConsentLinkNeverUsesCommon() {
		CloudEndpoints endpoints = TenantIssuerValidatorTests.endpoints("common", "app-id");
		assertThat(endpoints.adminConsentUri("http://localhost:8080/signin/admin-consent")).startsWith(
				"https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=app-id&scope=https%3A%2F%2Fanalysis.windows.net%2Fpowerbi%2Fapi%2F.default&redirect_uri=");
	}

}
