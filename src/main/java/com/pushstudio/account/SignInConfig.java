package com.pushstudio.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * Sign-in with the authorization code flow and PKCE, id tokens checked per tenant, and an
 * authorized client manager that refreshes tokens without a request at hand, so
 * background work can use it after the user has left.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfig {

	@Bean
	AzureClientRegistrations clientRegistrations(CloudEndpoints endpoints) {
		return new AzureClientRegistrations(endpoints);
	}

	@Bean
	OAuth2AuthorizationRequestResolver authorizationRequestResolver(AzureClientRegistrations registrations) {
		var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
		// Spring sends PKCE for confidential clients already; saying so keeps it on
		// whatever the default becomes.
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		return new ConsentRequestResolver(resolver);
	}

	@Bean
	JwtDecoderFactory<ClientRegistration> idTokenDecoderFactory(CloudEndpoints endpoints) {
		var factory = new OidcIdTokenDecoderFactory();
		factory
			.setJwtValidatorFactory((registration) -> new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
					new OidcIdTokenValidator(registration), new TenantIssuerValidator(endpoints)));
		return factory;
	}

	/** Found by type: the sign-in's code is redeemed through it. */
	@Bean
	OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> authorizationCodeTokenResponseClient() {
		return TokenEndpointClients.authorizationCode();
	}

	@Bean
	OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshTokenResponseClient() {
		return TokenEndpointClients.refreshToken();
	}

	@Bean
	OAuth2AuthorizedClientManager authorizedClientManager(AzureClientRegistrations registrations,
			OAuth2AuthorizedClientService authorizedClients, ConnectionStates connections, AccountProperties properties,
			OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshTokenResponseClient) {
		OAuth2AuthorizedClientProvider refresh = OAuth2AuthorizedClientProviderBuilder.builder()
			.refreshToken((token) -> token.accessTokenResponseClient(refreshTokenResponseClient)
				.clockSkew(properties.refreshBeforeExpiry()))
			.build();
		var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients);
		manager.setAuthorizedClientProvider(refresh);
		manager.setAuthorizationFailureHandler(new NeedsConsentFailureHandler(connections));
		return manager;
	}

}
