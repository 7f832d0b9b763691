package com.pushstudio.account;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The two client registrations of the one app registration: {@code azure}, sign-in with
 * the Power BI permissions, and {@code graph}, the incremental consent to read SharePoint
 * sites through Microsoft Graph, asked only when a user first adds a SharePoint source.
 * Azure AD issues an access token for one resource at a time, so each resource has its
 * own registration and its own stored tokens.
 * <p>
 * They are built on first use rather than at start-up because in sandbox mode the
 * endpoints contain this server's port, which a random-port start only knows later.
 * Endpoints are set one by one, not through {@code issuer-uri}: the multi-tenant
 * discovery document names no single issuer.
 */
class AzureClientRegistrations implements ClientRegistrationRepository {

	static final String REGISTRATION_ID = "azure";

	static final String GRAPH_REGISTRATION_ID = "graph";

	/**
	 * Where Azure AD answers the Graph consent. Not under {@code /login/oauth2/code/}:
	 * the sign-in filter would take the answer for a sign-in.
	 */
	static final String GRAPH_REDIRECT_PATH = "/connect/sharepoint/authorized";

	private final CloudEndpoints endpoints;

	private volatile ClientRegistration signIn;

	private volatile ClientRegistration graph;

	AzureClientRegistrations(CloudEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (REGISTRATION_ID.equals(registrationId)) {
			return registration();
		}
		return GRAPH_REGISTRATION_ID.equals(registrationId) ? graphRegistration() : null;
	}

	ClientRegistration registration() {
		ClientRegistration current = this.signIn;
		if (current == null) {
			current = common(REGISTRATION_ID).redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.scope(this.endpoints.scopes())
				.jwkSetUri(this.endpoints.jwkSetUri())
				// The object id is the user's stable key in a tenant; 'sub' differs per
				// application.
				.userNameAttributeName("oid")
				.build();
			this.signIn = current;
		}
		return current;
	}

	ClientRegistration graphRegistration() {
		ClientRegistration current = this.graph;
		if (current == null) {
			current = common(GRAPH_REGISTRATION_ID).redirectUri("{baseUrl}" + GRAPH_REDIRECT_PATH)
				.scope(this.endpoints.graphScopes())
				.build();
			this.graph = current;
		}
		return current;
	}

	private ClientRegistration.Builder common(String registrationId) {
		return ClientRegistration.withRegistrationId(registrationId)
			.clientName((this.endpoints.mode() == RunMode.SANDBOX) ? "Push Studio sandbox" : "Microsoft Entra ID")
			.clientId(this.endpoints.clientId())
			.clientSecret(this.endpoints.clientSecret())
			// Microsoft documents the secret in the form body; Basic works too, but this
			// is the documented way.
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationUri(this.endpoints.authorizationUri())
			.tokenUri(this.endpoints.tokenUri());
	}

}
