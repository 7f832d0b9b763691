package com.pushstudio.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.stereotype.Service;

/**
 * The SharePoint consent's Microsoft Graph tokens, from the encrypted store (registration
 * {@code graph}).
 */
@Service
class StoredGraphTokens implements GraphTokens {

	private static final Logger logger = LoggerFactory.getLogger(StoredGraphTokens.class);

	private final StoredTokens tokens;

	StoredGraphTokens(OAuth2AuthorizedClientManager manager, OAuth2AuthorizedClientService authorizedClients,
			ConnectionStates connections) {
		this.tokens = new StoredTokens(AzureClientRegistrations.GRAPH_REGISTRATION_ID, manager, authorizedClients,
				connections, (why) -> {
					// People read the exception's fixed message; the reason is for the
					// log.
					logger.debug("SharePoint consent needed: {}", why);
					return new SharePointConsentRequiredException();
				});
	}

	@Override
	public String accessToken(String principalName) {
		return this.tokens.accessToken(principalName);
	}

	@Override
	public String refreshedAccessToken(String principalName) {
		return this.tokens.refreshedAccessToken(principalName);
	}

	@Override
	public boolean hasConsent(String principalName) {
		return this.tokens.hasConsent(principalName);
	}

}
