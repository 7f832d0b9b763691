package com.pushstudio.account;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.client.ResourceAccessException;

import static org.assertj.core.api.Assertions.assertThat;

class SignInProblemTests {

	@Test
	void aCancelledConsentIsDeclined() {
		assertThat(problem("access_denied", "AADSTS65004: User declined to consent").kind())
			.isEqualTo(SignInProblem.Kind.DECLINED);
	}

	@Test
	void consentRequiredAsksForAnAdministrator() {
		SignInProblem problem = problem("consent_required", "AADSTS65001: The user or administrator has not consented");
		assertThat(problem.kind()).isEqualTo(SignInProblem.Kind.ADMIN_CONSENT_REQUIRED);
		assertThat(problem.aadstsCode()).isEqualTo("65001");
	}

	@Test
	void aWrongClientOrSecretPointsAtTheAppRegistration() {
		assertThat(problem("invalid_client", "AADSTS7000215: Invalid client secret provided").kind())
			.isEqualTo(SignInProblem.Kind.APP_MISCONFIGURED);
		assertThat(problem("unauthorized_client", "AADSTS700016: Application not found").kind())
			.isEqualTo(SignInProblem.Kind.APP_MISCONFIGURED);
	}

	@Test
	void anUnreachableAuthorityIsSaidSo() {
		var failure = new OAuth2AuthenticationException(new OAuth2Error("invalid_token_response"), "I/O error",
				new ResourceAccessException("Connection refused"));
		assertThat(SignInProblem.of(failure).kind()).isEqualTo(SignInProblem.Kind.AUTHORITY_UNREACHABLE);
	}

	@Test
	void theDescriptionIsNotKeptOnlyItsCodes() {
		SignInProblem problem = problem("access_denied", "AADSTS65004: secret words");
		assertThat(problem.toString()).doesNotContain("secret words");
	}

	private static SignInProblem problem(String code, String description) {
		return SignInProblem.of(new OAuth2AuthenticationException(new OAuth2Error(code, description, null)));
	}

}
