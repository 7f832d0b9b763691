package com.pushstudio.account;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.stereotype.Service;

/**
 * The sign-in's Power BI tokens, from the encrypted store (registration {@code azure}).
 */
@Service
class StoredPowerBiTokens implements PowerBiTokens {

	private final StoredTokens tokens;

	StoredPowerBiTokens(OAuth2AuthorizedClientManager manager, OAuth2AuthorizedClientService authorizedClients,
			ConnectionStates connections) {
		this.tokens = new StoredTokens(AzureClientRegistrations.REGISTRATION_ID, manager, authorizedClients,
				connections, (why) -> new ConsentRequiredException("Connect to Power BI again: " + why));
	}

	@Override
	public String accessToken(String principalName) {
		return this.tokens.accessToken(principalName);
	}

	@Override
	public String refreshedAccessToken(String principalName) {
		return this.tokens.refreshedAccessToken(principalName);
	}

}
