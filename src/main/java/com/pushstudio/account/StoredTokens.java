package com.pushstudio.account;

import java.time.Instant;
import java.util.function.Function;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;

/**
 * Access tokens of one client registration from the encrypted store, refreshed through
 * the authorized client manager. Works without a web request, so work that runs after the
 * user left keeps a valid token. What "consent again" means differs per registration, so
 * the caller says which exception stands for it.
 */
final class StoredTokens {

	private final String registrationId;

	private final OAuth2AuthorizedClientManager manager;

	private final OAuth2AuthorizedClientService authorizedClients;

	private final ConnectionStates connections;

	private final Function<String, RuntimeException> consentRequired;

	StoredTokens(String registrationId, OAuth2AuthorizedClientManager manager,
			OAuth2AuthorizedClientService authorizedClients, ConnectionStates connections,
			Function<String, RuntimeException> consentRequired) {
		this.registrationId = registrationId;
		this.manager = manager;
		this.authorizedClients = authorizedClients;
		this.connections = connections;
		this.consentRequired = consentRequired;
	}

	String accessToken(String principalName) {
		OAuth2AuthorizedClient stored = loadConnected(principalName);
		return authorize(OAuth2AuthorizeRequest.withAuthorizedClient(stored).principal(principalName).build());
	}

	String refreshedAccessToken(String principalName) {
		OAuth2AuthorizedClient stored = loadConnected(principalName);
		// The manager refreshes only tokens it believes expired; the API has just said
		// this one is, so hand the manager a copy that says so too. The copy is never
		// stored: the refreshed client replaces it.
		OAuth2AccessToken current = stored.getAccessToken();
		OAuth2AccessToken expired = new OAuth2AccessToken(current.getTokenType(), current.getTokenValue(),
				Instant.EPOCH, Instant.EPOCH.plusSeconds(1), current.getScopes());
		var stale = new OAuth2AuthorizedClient(stored.getClientRegistration(), principalName, expired,
				stored.getRefreshToken());
		return authorize(OAuth2AuthorizeRequest.withAuthorizedClient(stale).principal(principalName).build());
	}

	boolean hasConsent(String principalName) {
		return this.connections.find(this.registrationId, principalName)
			.map((state) -> !state.needsConsent())
			.orElse(false);
	}

	private OAuth2AuthorizedClient loadConnected(String principalName) {
		OAuth2AuthorizedClient stored = hasConsent(principalName)
				? this.authorizedClients.loadAuthorizedClient(this.registrationId, principalName) : null;
		if (stored == null) {
			throw this.consentRequired.apply("there is no valid consent for this user");
		}
		return stored;
	}

	private String authorize(OAuth2AuthorizeRequest request) {
		try {
			OAuth2AuthorizedClient client = this.manager.authorize(request);
			if (client == null) {
				throw this.consentRequired.apply("no token could be obtained");
			}
			return client.getAccessToken().getTokenValue();
		}
		catch (OAuth2AuthorizationException ex) {
			String code = ex.getError().getErrorCode();
			if (NeedsConsentFailureHandler.CONSENT_AGAIN.contains(code)) {
				throw this.consentRequired.apply("Azure AD refused to refresh the token (" + code + ")");
			}
			// Anything else (authority unreachable, a 5xx) may pass: the caller can try
			// again later.
			throw new TokenUnavailableException("Azure AD could not refresh the token now (" + code + ")", ex);
		}
	}

}
