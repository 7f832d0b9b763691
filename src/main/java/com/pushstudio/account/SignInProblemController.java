package com.pushstudio.account;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The page a failed sign-in lands on.
 */
@Controller
class SignInProblemController {

	private static final Pattern TENANT_ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

	private final CloudEndpoints endpoints;

	SignInProblemController(CloudEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	@GetMapping("/signin/problem")
	String problem(HttpSession session, HttpServletRequest request, Model model) {
		Object stored = session.getAttribute(SignInFailureHandler.SESSION_ATTRIBUTE);
		SignInProblem problem = (stored instanceof SignInProblem known) ? known
				: new SignInProblem(SignInProblem.Kind.EXPIRED, "no_sign_in_in_progress", null);
		model.addAttribute("problem", problem);
		if (problem.kind() == SignInProblem.Kind.ADMIN_CONSENT_REQUIRED) {
			String reply = ServletUriComponentsBuilder.fromContextPath(request)
				.path("/signin/admin-consent")
				.toUriString();
			model.addAttribute("adminConsentUri", this.endpoints.adminConsentUri(reply));
		}
		model.addAttribute("tenant", this.endpoints.tenant());
		return "account/signin-problem";
	}

	/**
	 * Where Azure AD returns after an administrator's tenant-wide consent (a second reply
	 * URL to register).
	 */
	@GetMapping("/signin/admin-consent")
	String adminConsent(@RequestParam(name = "admin_consent", required = false) String granted,
			@RequestParam(name = "tenant", required = false) String tenant,
			@RequestParam(name = "error", required = false) String error, @AuthenticationPrincipal OidcUser user,
			Model model) {
		model.addAttribute("granted", "True".equalsIgnoreCase(granted) && error == null);
		model.addAttribute("error", error);
		model.addAttribute("organization", consentedOrganization(tenant, user));
		return "account/admin-consent";
	}

	/**
	 * The reply names the tenant by id only. The administrator is usually not signed in
	 * here; when the reader signed in from that very tenant, their sign-in names it. The
	 * id is only shown, never trusted for anything.
	 */
	private static Organization consentedOrganization(String tenant, OidcUser user) {
		if (tenant == null || !TENANT_ID.matcher(tenant).matches()) {
			return null;
		}
		if (user != null && tenant.equalsIgnoreCase(user.getClaimAsString("tid"))) {
			return SignedInUser.organizationOf(user);
		}
		return new Organization(tenant.toLowerCase(Locale.ROOT), null);
	}

}
