package com.pushstudio.sandbox.powerbi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The sandbox checks bearer tokens as Power BI does, including its 403 for expiry. */
@SandboxPowerBiTest
class SandboxTokensIntegrationTests extends SandboxPowerBiTestSupport {

	@Test
	void anExpiredTokenIs403TokenExpired() {
		var answer = this.api.as(this.tokens.expired(this.user)).get("/groups");
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.errorCode()).isEqualTo("TokenExpired");
		assertThat(answer.headers().getFirst("RequestId")).isNotBlank();
	}

	@Test
	void aMissingTokenIs401() {
		var answer = this.api.as(null).get("/groups");
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.errorCode()).isEqualTo("PowerBINotAuthorizedException");
	}

	@Test
	void aTokenForAnotherAudienceIs401() {
		var answer = this.api.as(this.tokens.forAudience(this.user, "https://graph.microsoft.com")).get("/groups");
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.errorCode()).isEqualTo("PowerBINotAuthorizedException");
	}

	@Test
	void aTokenWithABadSignatureIs401() throws Exception {
		assertThat(this.api.as(this.tokens.signedByStranger(this.user)).get("/groups").status()).isEqualTo(401);
		assertThat(this.api.as("not-a-jwt").get("/groups").status()).isEqualTo(401);
	}

	@Test
	void aTokenWithoutTheNeededScopeIs403NamingTheScope() {
		var api = this.api.as(this.tokens.withScopes(this.user, "Workspace.Read.All"));
		assertThat(api.get("/groups").status()).isEqualTo(200);
		var answer = api.post("/datasets", PowerBiTestClient.SAMPLE_DATASET);
		assertThat(answer.status()).isEqualTo(403);
		assertThat(answer.json().path("error").path("message").asString()).contains("Dataset.ReadWrite.All");
	}

}
