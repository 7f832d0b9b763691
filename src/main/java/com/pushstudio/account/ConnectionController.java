package com.pushstudio.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The Connection page (what the current access token grants, decoded, never the token)
 * and Disconnect.
 */
@Controller
class ConnectionController {

	private final OAuth2AuthorizedClientService authorizedClients;

	private final ConnectionStates connections;

	ConnectionController(OAuth2AuthorizedClientService authorizedClients, ConnectionStates connections) {
		this.authorizedClients = authorizedClients;
		this.connections = connections;
	}

	@GetMapping("/connection")
	String connection(@AuthenticationPrincipal OidcUser user, Model model) {
		model.addAttribute("user", SignedInUser.of(user));
		model.addAttribute("organization", SignedInUser.organizationOf(user));
		model.addAttribute("connection", this.connections.find(user.getName()).orElse(null));
		model.addAttribute("sharePoint",
				this.connections.find(AzureClientRegistrations.GRAPH_REGISTRATION_ID, user.getName()).orElse(null));
		model.addAttribute("sharePointConsent", GraphTokens.CONSENT_START + "?continue=/connection");
		OAuth2AuthorizedClient client = this.authorizedClients
			.loadAuthorizedClient(AzureClientRegistrations.REGISTRATION_ID, user.getName());
		if (client != null) {
			model.addAttribute("claims",
					AccessTokenClaims.decode(client.getAccessToken().getTokenValue()).orElse(null));
			model.addAttribute("hasRefreshToken", client.getRefreshToken() != null);
		}
		return "account/connection";
	}

	/**
	 * Deletes the stored tokens and signs out: without tokens the app can do nothing for
	 * the user until the next consent. (Signing out alone keeps them, so uploads in
	 * progress can finish.)
	 */
	/**
	 * Disconnecting stops running uploads: it is asked for once more before it is done.
	 */
	@GetMapping("/connection/disconnect")
	String confirmDisconnect() {
		return "account/disconnect";
	}

	@PostMapping("/connection/disconnect")
	String disconnect(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		this.authorizedClients.removeAuthorizedClient(AzureClientRegistrations.REGISTRATION_ID,
				authentication.getName());
		this.authorizedClients.removeAuthorizedClient(AzureClientRegistrations.GRAPH_REGISTRATION_ID,
				authentication.getName());
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/?disconnected";
	}

}
