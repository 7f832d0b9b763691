package com.pushstudio.account;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the app does and "Connect to Power BI" when signed out; who and how
 * connected when signed in.
 */
@Controller
class HomeController {

	private final ConnectionStates connections;

	private final CloudEndpoints endpoints;

	HomeController(ConnectionStates connections, CloudEndpoints endpoints) {
		this.connections = connections;
		this.endpoints = endpoints;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal OidcUser user, Model model) {
		model.addAttribute("sandboxMode", this.endpoints.mode() == RunMode.SANDBOX);
		if (user != null) {
			model.addAttribute("user", SignedInUser.of(user));
			model.addAttribute("organization", SignedInUser.organizationOf(user));
			model.addAttribute("connection", this.connections.find(user.getName()).orElse(null));
		}
		return "home";
	}

}
