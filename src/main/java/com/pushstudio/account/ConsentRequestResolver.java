package com.pushstudio.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * Spring's authorization requests (with PKCE), plus what the SharePoint consent needs: it
 * is for a signed-in user only (anyone else is sent to sign in first, and comes back here
 * after), and it remembers the page to return to.
 */
class ConsentRequestResolver implements OAuth2AuthorizationRequestResolver {

	private final OAuth2AuthorizationRequestResolver delegate;

	ConsentRequestResolver(OAuth2AuthorizationRequestResolver delegate) {
		this.delegate = delegate;
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		return checked(request, this.delegate.resolve(request));
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
		return checked(request, this.delegate.resolve(request, clientRegistrationId));
	}

	private static OAuth2AuthorizationRequest checked(HttpServletRequest request,
			OAuth2AuthorizationRequest authorization) {
		if (authorization == null || !AzureClientRegistrations.GRAPH_REGISTRATION_ID
			.equals(authorization.getAttribute(OAuth2ParameterNames.REGISTRATION_ID))) {
			return authorization;
		}
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
			// No request: the filter chain goes on, and the page's security asks for
			// sign-in and saves this request to come back to.
			return null;
		}
		ConsentReturn.remember(request);
		return authorization;
	}

}
