package com.pushstudio.account;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The one client registration, {@code azure}. It is built on first use rather than at
 * start-up because in sandbox mode the endpoints contain this server's port, which a
 * random-port start only knows later. Endpoints are set one by one, not through
 * {@code issuer-uri}: the multi-tenant discovery document names no single issuer.
 */
class AzureClientRegistrations implements ClientRegistrationRepository {

	static final String REGISTRATION_ID = "azure";

	private final CloudEndpoints endpoints;

	private volatile ClientRegistration registration;

	AzureClientRegistrations(CloudEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		return REGISTRATION_ID.equals(registrationId) ? registration() : null;
	}

	ClientRegistration registration() {
		ClientRegistration current = this.registration;
		if (current == null) {
			current = build();
			this.registration = current;
		}
		return current;
	}

	private ClientRegistration build() {
		return ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientName((this.endpoints.mode() == RunMode.SANDBOX) ? "Push Studio sandbox" : "Microsoft Entra ID")
			.clientId(this.endpoints.clientId())
			.clientSecret(this.endpoints.clientSecret())
			// Microsoft documents the secret in the form body; Basic works too, but this
			// is the documented way.
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope(this.endpoints.scopes())
			.authorizationUri(this.endpoints.authorizationUri())
			.tokenUri(this.endpoints.tokenUri())
			.jwkSetUri(this.endpoints.jwkSetUri())
			// The object id is the user's stable key in a tenant; 'sub' differs per
			// application.
			.userNameAttributeName("oid")
			.build();
	}

}
