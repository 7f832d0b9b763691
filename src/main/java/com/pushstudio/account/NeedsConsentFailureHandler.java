package com.pushstudio.account;

import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizationFailureHandler;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;

/**
 * When Azure AD refuses a refresh token (expired, revoked, consent withdrawn), the
 * connection is marked "needs consent again" rather than deleted, so the pages can say
 * why and send the user back through consent.
 */
class NeedsConsentFailureHandler implements OAuth2AuthorizationFailureHandler {

	static final Set<String> CONSENT_AGAIN = Set.of("invalid_grant", "interaction_required", "consent_required",
			"login_required");

	private final ConnectionStates connections;

	NeedsConsentFailureHandler(ConnectionStates connections) {
		this.connections = connections;
	}

	@Override
	public void onAuthorizationFailure(OAuth2AuthorizationException failure, Authentication principal,
			Map<String, Object> attributes) {
		if (failure instanceof ClientAuthorizationException clientFailure
				&& CONSENT_AGAIN.contains(failure.getError().getErrorCode())) {
			this.connections.markNeedsConsent(clientFailure.getClientRegistrationId(), principal.getName());
		}
	}

}
