package com.pushstudio.account;

import java.time.Instant;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Service;

/**
 * Access tokens from the encrypted store, refreshed through the authorized client
 * manager. Works without a web request, so an upload that runs after the user left keeps
 * a valid token.
 */
@Service
class StoredPowerBiTokens implements PowerBiTokens {

	private final OAuth2AuthorizedClientManager manager;

	private final OAuth2AuthorizedClientService authorizedClients;

	private final ConnectionStates connections;

	StoredPowerBiTokens(OAuth2AuthorizedClientManager manager, OAuth2AuthorizedClientService authorizedClients,
			ConnectionStates connections) {
		this.manager = manager;
		this.authorizedClients = authorizedClients;
		this.connections = connections;
	}

	@Override
	public String accessToken(String principalName) {
		OAuth2AuthorizedClient stored = loadConnected(principalName);
		return authorize(OAuth2AuthorizeRequest.withAuthorizedClient(stored).principal(principalName).build());
	}

	@Override
	public String refreshedAccessToken(String principalName) {
		OAuth2AuthorizedClient stored = loadConnected(principalName);
		// The manager refreshes only tokens it believes expired; Power BI has just said
		// this one is, so hand the
		// manager a copy that says so too. The copy is never stored: the refreshed client
		// replaces it.
		OAuth2AccessToken current = stored.getAccessToken();
		OAuth2AccessToken expired = new OAuth2AccessToken(current.getTokenType(), current.getTokenValue(),
				Instant.EPOCH, Instant.EPOCH.plusSeconds(1), current.getScopes());
		var stale = new OAuth2AuthorizedClient(stored.getClientRegistration(), principalName, expired,
				stored.getRefreshToken());
		return authorize(OAuth2AuthorizeRequest.withAuthorizedClient(stale).principal(principalName).build());
	}

	private OAuth2AuthorizedClient loadConnected(String principalName) {
		boolean needsConsent = this.connections.find(principalName).map(ConnectionState::needsConsent).orElse(true);
		OAuth2AuthorizedClient stored = needsConsent ? null
				: this.authorizedClients.loadAuthorizedClient(AzureClientRegistrations.REGISTRATION_ID, principalName);
		if (stored == null) {
			throw new ConsentRequiredException("Connect to Power BI again: there is no valid consent for this user");
		}
		return stored;
	}

	private String authorize(OAuth2AuthorizeRequest request) {
		try {
			OAuth2AuthorizedClient client = this.manager.authorize(request);
			if (client == null) {
				throw new ConsentRequiredException("Connect to Power BI again: no token could be obtained");
			}
			return client.getAccessToken().getTokenValue();
		}
		catch (OAuth2AuthorizationException ex) {
			String code = ex.getError().getErrorCode();
			if (NeedsConsentFailureHandler.CONSENT_AGAIN.contains(code)) {
				throw new ConsentRequiredException(
						"Connect to Power BI again: Azure AD refused to refresh the token (" + code + ")");
			}
			// Anything else (authority unreachable, a 5xx) may pass: the caller can try
			// again later.
			throw new TokenUnavailableException("Azure AD could not refresh the token now (" + code + ")", ex);
		}
	}

}
