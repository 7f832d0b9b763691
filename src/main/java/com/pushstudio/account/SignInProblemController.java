package com.pushstudio.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

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
			@RequestParam(name = "error", required = false) String error, Model model) {
		model.addAttribute("granted", "True".equalsIgnoreCase(granted) && error == null);
		model.addAttribute("error", error);
		return "account/admin-consent";
	}

}
