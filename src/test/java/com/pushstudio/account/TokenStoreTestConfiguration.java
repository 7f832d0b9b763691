package com.pushstudio.account;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;

/**
 * The token store on its own, over the test database: its beans, an {@code azure}
 * registration, and helpers that make clients with recognisable tokens.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties({ TokenEncryptionProperties.class, AzureProperties.class })
@Import({ TokenStoreConfig.class, EncryptedAuthorizedClientService.class, TokenKeyRotation.class })
class TokenStoreTestConfiguration {

	// Constants (32 bytes of 0x0A, 0x0B, 0x0C) so that annotations can name them.
	static final String KEY_A = "CgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgo=";

	static final String KEY_B = "CwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCwsLCws=";

	static final String KEY_C = "DAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAw=";

	static final ClientRegistration AZURE = ClientRegistration
		.withRegistrationId(AzureClientRegistrations.REGISTRATION_ID)
		.clientId("client")
		.clientSecret("secret")
		.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
		.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
		.authorizationUri("https://login.example/authorize")
		.tokenUri("https://login.example/token")
		.build();

	@Bean
	ClientRegistrationRepository clientRegistrations() {
		return new InMemoryClientRegistrationRepository(AZURE);
	}

	static TokenCipher cipher(String configuredKeys) {
		return new TokenCipher(TokenEncryptionKeys.parse(configuredKeys));
	}

	static Authentication user(String principalName) {
		return new TestingAuthenticationToken(principalName, null);
	}

	/** A client whose tokens name their user and are unique, so a scan can find them. */
	static OAuth2AuthorizedClient client(String principalName, boolean withRefreshToken) {
		Instant issuedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		var accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
				"access-" + principalName + "-" + UUID.randomUUID(), issuedAt, issuedAt.plusSeconds(3600),
				Set.of("openid", "https://analysis.windows.net/powerbi/api/Dataset.ReadWrite.All"));
		var refreshToken = withRefreshToken
				? new OAuth2RefreshToken("refresh-" + principalName + "-" + UUID.randomUUID(), issuedAt) : null;
		return new OAuth2AuthorizedClient(AZURE, principalName, accessToken, refreshToken);
	}

	static List<String> tokensOf(OAuth2AuthorizedClient client) {
		return (client.getRefreshToken() != null)
				? List.of(client.getAccessToken().getTokenValue(), client.getRefreshToken().getTokenValue())
				: List.of(client.getAccessToken().getTokenValue());
	}

}
